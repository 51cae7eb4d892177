<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CurationDocument</name>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Remove %n rule</numerusform>
            <numerusform>Remove %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationWhatIfPanel</name>
    <message numerus="yes">
        <source>The logs carry no propensities for %Ln impression(s): they were estimated from how often each item was shown per placement and slot.</source>
        <translation>
            <numerusform>The logs carry no propensity for %Ln impression: it was estimated from how often each item was shown per placement and slot.</numerusform>
            <numerusform>The logs carry no propensities for %Ln impressions: they were estimated from how often each item was shown per placement and slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged impression(s) have a propensity below 0.001: their weights can be huge.</source>
        <translation>
            <numerusform>%Ln logged impression has a propensity below 0.001: its weight can be huge.</numerusform>
            <numerusform>%Ln logged impressions have a propensity below 0.001: their weights can be huge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln click(s) in the logs: the intervals are wide.</source>
        <translation>
            <numerusform>Only %Ln click in the logs: the intervals are wide.</numerusform>
            <numerusform>Only %Ln clicks in the logs: the intervals are wide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationWorkspace</name>
    <message numerus="yes">
        <source>Rules for segment &apos;%1&apos; (%n rule(s), highest priority first)</source>
        <translation>
            <numerusform>Rules for segment &apos;%1&apos; (%n rule, highest priority first)</numerusform>
            <numerusform>Rules for segment &apos;%1&apos; (%n rules, highest priority first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment &apos;%1&apos; has %n rule(s). Remove the segment and its rules?</source>
        <translation>
            <numerusform>Segment &apos;%1&apos; has %n rule. Remove the segment and its rule?</numerusform>
            <numerusform>Segment &apos;%1&apos; has %n rules. Remove the segment and its rules?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message numerus="yes">
        <source>%Ln row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln row (%1 loaded)</numerusform>
            <numerusform>%Ln rows (%1 loaded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln matching row (%1 loaded)</numerusform>
            <numerusform>%Ln matching rows (%1 loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message numerus="yes">
        <source>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition(s) · %5</source>
        <translation>
            <numerusform>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition · %5</numerusform>
            <numerusform>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetitions · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1 cannot be imported (%n error(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 cannot be imported (%n error); nothing was changed.</numerusform>
            <numerusform>%1 cannot be imported (%n errors); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message numerus="yes">
        <source>The import finished; %Ln row(s) were rejected and are listed below.</source>
        <translation>
            <numerusform>The import finished; %Ln row was rejected and is listed below.</numerusform>
            <numerusform>The import finished; %Ln rows were rejected and are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s).</source>
        <translation>
            <numerusform>%Ln rejected row.</numerusform>
            <numerusform>%Ln rejected rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningTasksCloseGuard</name>
    <message numerus="yes">
        <source>%n tasks are running: %1.

Cancel them and quit?</source>
        <translation>
            <numerusform>%n task is running: %1.

Cancel it and quit?</numerusform>
            <numerusform>%n tasks are running: %1.

Cancel them and quit?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningTasksIndicator</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message numerus="yes">
        <source>%Ln listed user(s)</source>
        <translation>
            <numerusform>%Ln listed user</numerusform>
            <numerusform>%Ln listed users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRuleEnabledCommand</name>
    <message numerus="yes">
        <source>Enable %n rule(s)</source>
        <translation>
            <numerusform>Enable %n rule</numerusform>
            <numerusform>Enable %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n rule(s)</source>
        <translation>
            <numerusform>Disable %n rule</numerusform>
            <numerusform>Disable %n rules</numerusform>
        </translation>
    </message>
</context>
</TS>
