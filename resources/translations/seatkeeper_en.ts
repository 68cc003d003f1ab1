<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>DecisionDialog</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>{n} seats</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source> — {n} problem(s) listed below.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;{n} rows read:&lt;/b&gt; every one can be imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) stored in the keyring.&lt;/p&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) were not kept: no keyring is available.&lt;/p&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>A Seatkeeper roster with {n} items</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>{n} row(s) cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once, of at most {limit}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show {n} more reminder(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SeatActions</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) renew at the next billing period.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) will not renew; they lapse at the renewal date.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>“{subscription}” was sent to {n} device(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
