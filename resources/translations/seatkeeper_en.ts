<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>DecisionDialog</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>{n} seats</source>
            <translation>
                <numerusform>{n} seat</numerusform>
                <numerusform>{n} seats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source> and {n} more</source>
            <translation>
                <numerusform> and {n} more</numerusform>
                <numerusform> and {n} more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source> — {n} problem(s) listed below.</source>
            <translation>
                <numerusform> — {n} problem listed below.</numerusform>
                <numerusform> — {n} problems listed below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{n} rows read:&lt;/b&gt; every one can be imported.</source>
            <translation>
                <numerusform>&lt;b&gt;{n} row read:&lt;/b&gt; it can be imported.</numerusform>
                <numerusform>&lt;b&gt;{n} rows read:&lt;/b&gt; every one can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) stored in the keyring.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} product key stored in the keyring.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} product keys stored in the keyring.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) were not kept: no keyring is available.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} product key was not kept: no keyring is available.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} product keys were not kept: no keyring is available.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A Seatkeeper roster with {n} items</source>
            <translation>
                <numerusform>A Seatkeeper roster with {n} item</numerusform>
                <numerusform>A Seatkeeper roster with {n} items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Changes ({n})</source>
            <translation>
                <numerusform>Change ({n})</numerusform>
                <numerusform>Changes ({n})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Problems ({n})</source>
            <translation>
                <numerusform>Problem ({n})</numerusform>
                <numerusform>Problems ({n})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Problems {first}–{last} of {n}</source>
            <translation>
                <numerusform>Problem {first}–{last} of {n}</numerusform>
                <numerusform>Problems {first}–{last} of {n}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows to import ({n})</source>
            <translation>
                <numerusform>Row to import ({n})</numerusform>
                <numerusform>Rows to import ({n})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The first {shown} of the {n} rows are shown here; all of them are imported.</source>
            <translation>
                <numerusform>The first {shown} of {n} row is shown here; all of it is imported.</numerusform>
                <numerusform>The first {shown} of the {n} rows are shown here; all of them are imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} a seat for {n} month(s)</source>
            <translation>
                <numerusform>{amount} a seat for {n} month</numerusform>
                <numerusform>{amount} a seat for {n} months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} for all {seats} seats, {n} month(s)</source>
            <translation>
                <numerusform>{amount} in all for {seats} seat(s), {n} month</numerusform>
                <numerusform>{amount} in all for {seats} seat(s), {n} months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} assignment(s)</source>
            <translation>
                <numerusform>{n} assignment</numerusform>
                <numerusform>{n} assignments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} deliver(y/ies)</source>
            <translation>
                <numerusform>{n} delivery</numerusform>
                <numerusform>{n} deliveries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} device connection(s)</source>
            <translation>
                <numerusform>{n} device connection</numerusform>
                <numerusform>{n} device connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} device(s)</source>
            <translation>
                <numerusform>{n} device</numerusform>
                <numerusform>{n} devices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{n} new</source>
            <translation>
                <numerusform>{n} new</numerusform>
                <numerusform>{n} new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} order(s)</source>
            <translation>
                <numerusform>{n} order</numerusform>
                <numerusform>{n} orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} person(s)</source>
            <translation>
                <numerusform>{n} person</numerusform>
                <numerusform>{n} people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>{n} row(s) cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</source>
            <translation>
                <numerusform>{n} row cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</numerusform>
                <numerusform>{n} rows cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} seat(s)</source>
            <translation>
                <numerusform>{n} seat</numerusform>
                <numerusform>{n} seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} secret(s)</source>
            <translation>
                <numerusform>{n} secret</numerusform>
                <numerusform>{n} secrets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} subscription(s)</source>
            <translation>
                <numerusform>{n} subscription</numerusform>
                <numerusform>{n} subscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} vendor account(s)</source>
            <translation>
                <numerusform>{n} vendor account</numerusform>
                <numerusform>{n} vendor accounts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once, of at most {limit}</source>
            <translation>
                <numerusform>{n} device connected at once, of at most {limit}</numerusform>
                <numerusform>{n} devices connected at once, of at most {limit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once; the limit is not known</source>
            <translation>
                <numerusform>{n} device connected at once; the limit is not known</numerusform>
                <numerusform>{n} devices connected at once; the limit is not known</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LicencesScreen</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{n} (limit not known)</source>
            <translation>
                <numerusform>{n} (limit not known)</numerusform>
                <numerusform>{n} (limit not known)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{n} day</source>
            <comment>deadlines.notice_days</comment>
            <translation>
                <numerusform>{n} day</numerusform>
                <numerusform>{n} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{n} h</source>
            <comment>deadlines.notice_hours</comment>
            <translation>
                <numerusform>{n} h</numerusform>
                <numerusform>{n} h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>{roster} · as of {as_of} · deadlines within {n} day</source>
            <comment>report.meta</comment>
            <translation>
                <numerusform>{roster} · as of {as_of} · deadlines within {n} day</numerusform>
                <numerusform>{roster} · as of {as_of} · deadlines within {n} days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDataDialog</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{n} deliveries to them</source>
            <translation>
                <numerusform>{n} delivery to them</numerusform>
                <numerusform>{n} deliveries to them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show {n} more reminder(s)…</source>
            <translation>
                <numerusform>Show {n} more reminder…</numerusform>
                <numerusform>Show {n} more reminders…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>{n} deadlines coming</source>
            <translation>
                <numerusform>{n} deadline coming</numerusform>
                <numerusform>{n} deadlines coming</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeatActions</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew {n} seat(s)</source>
            <translation>
                <numerusform>Don't renew {n} seat</numerusform>
                <numerusform>Don't renew {n} seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Renew {n} seat(s)</source>
            <translation>
                <numerusform>Renew {n} seat</numerusform>
                <numerusform>Renew {n} seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) renew at the next billing period.</source>
            <translation>
                <numerusform>{n} seat renews at the next billing period.</numerusform>
                <numerusform>{n} seats renew at the next billing period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) will not renew; they lapse at the renewal date.</source>
            <translation>
                <numerusform>{n} seat will not renew; it lapses at the renewal date.</numerusform>
                <numerusform>{n} seats will not renew; they lapse at the renewal date.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeatDialogs</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{holder}'s {n} device(s) are connected to this seat. Should they stay connected for {name}?</source>
            <translation>
                <numerusform>{holder}'s {n} device is connected to this seat. Should it stay connected for {name}?</numerusform>
                <numerusform>{holder}'s {n} devices are connected to this seat. Should they stay connected for {name}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>“{subscription}” was sent to {n} device(s):</source>
            <translation>
                <numerusform>“{subscription}” was sent to {n} device:</numerusform>
                <numerusform>“{subscription}” was sent to {n} devices:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpendScreen</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>{stated} a year = {converted} at {rate} of {day} ({n} days old)</source>
            <translation>
                <numerusform>{stated} a year = {converted} at {rate} of {day} ({n} day old)</numerusform>
                <numerusform>{stated} a year = {converted} at {rate} of {day} ({n} days old)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpendTableModel</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>{currency} {rate} of {day} ({n} days old)</source>
            <translation>
                <numerusform>{currency} {rate} of {day} ({n} day old)</numerusform>
                <numerusform>{currency} {rate} of {day} ({n} days old)</numerusform>
            </translation>
        </message>
    </context>
</TS>
