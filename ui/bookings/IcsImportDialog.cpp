// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsImportDialog.h"

#include "bookings/BookingStore.h"
#include "site/Site.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atrium {

IcsImportDialog::IcsImportDialog(BookingStore& store, const QString& filePath, const QString& roomId, QDate fromDay,
                                 QWidget* parent)
    : QDialog(parent), m_store(store), m_path(filePath)
{
    setObjectName(QStringLiteral("icsImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    QFile file(filePath);
    if (file.open(QIODevice::ReadOnly))
        m_data = file.readAll();
    else
        m_readError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());

    const Site& site = store.site();
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("icsRoom"));
    m_room->setAccessibleName(tr("Into room"));
    for (const Room& room : site.rooms)
        m_room->addItem(room.name, room.id);
    m_room->setCurrentIndex(std::max(0, m_room->findData(roomId)));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("icsFrom"));
    m_from->setAccessibleName(tr("Events from"));
    m_from->setCalendarPopup(true);
    m_from->setDate(fromDay);
    m_from->setToolTip(tr("Events that end before this date are left out."));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("icsPreview"));
    m_table->setAccessibleName(tr("Events to import"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Title"), tr("Conflict")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("icsSummary"));
    m_summary->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("icsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xa6, 0x1b, 0x00));
    m_problem->setPalette(pal);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("icsImport"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* form = new QFormLayout;
    form->addRow(tr("Into &room:"), m_room);
    form->addRow(tr("Events &from:"), m_from);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IcsImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IcsImportDialog::reject);
    connect(m_room, &QComboBox::currentIndexChanged, this, &IcsImportDialog::refreshPreview);
    connect(m_from, &QDateEdit::dateChanged, this, &IcsImportDialog::refreshPreview);
    resize(760, 480);
    refreshPreview();
}

QString IcsImportDialog::problem() const
{
    return m_problem->text();
}

void IcsImportDialog::refreshPreview()
{
    m_preview.reset();
    m_table->setRowCount(0);
    m_summary->clear();
    m_problem->clear();
    m_import->setEnabled(false);
    if (!m_readError.isEmpty()) {
        m_problem->setText(m_readError);
        return;
    }
    const Site& site = m_store.site();
    IcsImport::Options options;
    options.from = QDateTime(m_from->date(), QTime(0, 0), site.timeZone).toUTC();
    Result<IcsImportPreview> preview = IcsImport::preview(m_store, m_data, m_room->currentData().toString(), options);
    if (!preview) {
        //: an unreadable calendar file: the reason names the line
        m_problem->setText(tr("Nothing can be imported: %1").arg(preview.error()));
        return;
    }
    m_preview = std::move(preview).value();
    const auto& planned = m_preview->bookings;
    m_table->setRowCount(int(planned.size()));
    for (int row = 0; row < int(planned.size()); ++row) {
        const Booking& b = planned[size_t(row)].booking;
        const RuleCheck& check = planned[size_t(row)].check;
        const QDateTime s = b.start.toTimeZone(site.timeZone);
        auto* date = new QTableWidgetItem(QLocale().toString(s.date(), QStringLiteral("ddd d MMM yyyy")));
        auto* time = new QTableWidgetItem(m_store.rules().timeRange(b));
        auto* title = new QTableWidgetItem(b.staffDisplayTitle());
        auto* conflict = new QTableWidgetItem(
            check.ok() ? tr("OK") : check.message().replace(QLatin1Char('\n'), QStringLiteral("; ")));
        if (!check.ok())
            conflict->setForeground(QColor(0xa6, 0x1b, 0x00));
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, time);
        m_table->setItem(row, 2, title);
        m_table->setItem(row, 3, conflict);
    }
    const int conflicts = m_preview->conflictCount();
    QString summary = tr("%n event(s) to book.", nullptr, int(planned.size()));
    if (!m_preview->notes.isEmpty())
        summary += QLatin1Char(' ') + tr("Left out: %1").arg(m_preview->notes.join(QStringLiteral("; ")));
    m_summary->setText(summary);
    if (conflicts > 0)
        m_problem->setText(tr("%n event(s) clash with bookings or rules. Nothing is imported until none do "
                              "(choose another room, or change the bookings in the way).",
                              nullptr, conflicts));
    else if (planned.empty())
        m_problem->setText(tr("The file has no events from this date on."));
    m_import->setEnabled(conflicts == 0 && !planned.empty());
}

void IcsImportDialog::accept()
{
    if (!m_preview || m_preview->conflictCount() > 0)
        return;
    Result<std::vector<Booking>> saved = IcsImport::commit(m_store, *m_preview);
    if (!saved) {
        m_problem->setText(saved.error());
        return;
    }
    m_imported = int(saved->size());
    QDialog::accept();
}

} // namespace atrium
