#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Atrium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Puts messages back in the context the program asks for at run time.

Several source files translate through a file-local helper,
    QString tr(const char* text) { return QCoreApplication::translate("atrium::X", text); }
which lupdate cannot see through: it files those strings under the enclosing namespace or
class ("atrium", "atrium::payload", "atrium::Parser"), and lrelease would compile them under a
context nobody asks for. This script runs after lupdate (target update_translations): for each
message located in such a file, whose context is not one that file names literally, it moves
the message to the helper's context and takes back the translation lupdate had just marked
vanished there.

Usage: fix_contexts.py SOURCE_ROOT TS_FILE...
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
                    r'(?:QCoreApplication|QApplication|QObject)::translate\(\s*"([^"]+)"', re.S)
LITERAL = re.compile(r'(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*"([^"]+)"')


def helper_contexts(ts_path, root):
    """Maps each source file (as written in <location filename>) with a tr() helper to
    (helper context, contexts named literally in that file)."""
    result = {}
    for ts_dir_file in set(loc.get('filename') for loc in ET.parse(ts_path).iter('location')
                           if loc.get('filename')):
        source = (ts_path.parent / ts_dir_file).resolve()
        if not source.is_file():
            continue
        text = source.read_text(encoding='utf-8')
        helper = HELPER.search(text)
        if helper:
            result[ts_dir_file] = (helper.group(1), set(LITERAL.findall(text)))
    return result


def key(message):
    comment = message.find('comment')
    return (message.findtext('source'), comment.text if comment is not None else None)


def fix(ts_path, root):
    helpers = helper_contexts(ts_path, root)
    tree = ET.parse(ts_path)
    ts = tree.getroot()
    contexts = {c.findtext('name'): c for c in ts.findall('context')}
    moved = 0
    for context in list(ts.findall('context')):
        name = context.findtext('name')
        for message in list(context.findall('message')):
            locations = [l.get('filename') for l in message.findall('location') if l.get('filename')]
            targets = {helpers[f][0] for f in locations if f in helpers and name not in helpers[f][1]}
            if len(targets) != 1 or name in targets:
                continue
            target_name = targets.pop()
            target = contexts.get(target_name)
            if target is None:
                target = ET.SubElement(ts, 'context')
                ET.SubElement(target, 'name').text = target_name
                contexts[target_name] = target
            context.remove(message)
            moved += 1
            same = [m for m in target.findall('message') if key(m) == key(message)]
            live = [m for m in same if m.find('translation').get('type') not in ('vanished', 'obsolete')]
            if live:
                # The same string used twice in the file (lupdate filed the uses under two
                # scopes): one message with both locations.
                anchor = live[0].findall('location')
                index = list(live[0]).index(anchor[-1]) + 1 if anchor else 0
                for n, location in enumerate(message.findall('location')):
                    live[0].insert(index + n, location)
                continue
            for old in same:
                # The translation lupdate set aside as vanished when it filed the string
                # under the wrong context.
                old_tr = old.find('translation')
                new_tr = message.find('translation')
                if new_tr.get('type') == 'unfinished':
                    message.remove(new_tr)
                    old_tr.attrib.pop('type')
                    message.append(old_tr)
                target.remove(old)
            target.append(message)
        if not context.findall('message'):
            ts.remove(context)
    ts[:] = sorted(ts, key=lambda c: c.findtext('name') or '')
    ET.indent(tree, space='    ')
    with open(ts_path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(ts, encoding='unicode'))
        out.write('\n')
    print(f'{ts_path.name}: {moved} message(s) moved to their run-time context')


def main():
    root = Path(sys.argv[1]).resolve()
    for ts in sys.argv[2:]:
        fix(Path(ts).resolve(), root)


if __name__ == '__main__':
    main()
