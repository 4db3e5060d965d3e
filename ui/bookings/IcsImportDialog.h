// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/IcsImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace atrium {

class BookingStore;

// "Import .ics into room…": reads the file, lists every event it would book in the chosen
// room with its local times and conflicts, and saves only when told to and nothing clashes
// (all or nothing). A file that cannot be read is refused naming the line at fault.
class IcsImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `fromDay`: the first local day whose events are proposed (the desk's "today").
    IcsImportDialog(BookingStore& store, const QString& filePath, const QString& roomId, QDate fromDay,
                    QWidget* parent = nullptr);

    QComboBox* roomBox() const { return m_room; }
    QDateEdit* fromField() const { return m_from; }
    QTableWidget* previewTable() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QString problem() const; // why nothing can be imported, empty when it can
    int importedCount() const { return m_imported; }

public Q_SLOTS:
    void accept() override;
    void refreshPreview();

private:
    BookingStore& m_store;
    QString m_path;
    QByteArray m_data;
    QString m_readError;
    std::optional<IcsImportPreview> m_preview;
    int m_imported = 0;
    QComboBox* m_room = nullptr;
    QDateEdit* m_from = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace atrium
