<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>ArticleEditor</name>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>%n tag</numerusform>
        <numerusform>%n tags</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed %n character(s) that cannot be stored (such as NUL or other control characters). The rest of the text is as you pasted it.</source>
      <translation>
        <numerusform>Removed %n character that cannot be stored (such as NUL or other control characters). The rest of the text is as you pasted it.</numerusform>
        <numerusform>Removed %n characters that cannot be stored (such as NUL or other control characters). The rest of the text is as you pasted it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Checklist</name>
    <message numerus="yes">
      <source>Title: %n character(s)</source>
      <translation>
        <numerusform>Title: %n character</numerusform>
        <numerusform>Title: %n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Lead: %n character(s)</source>
      <translation>
        <numerusform>Lead: %n character</numerusform>
        <numerusform>Lead: %n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Length: %n word(s)</source>
      <translation>
        <numerusform>Length: %n word</numerusform>
        <numerusform>Length: %n words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The title has %n character(s); at most 70</source>
      <translation>
        <numerusform>The title has %n character; at most 70</numerusform>
        <numerusform>The title has %n characters; at most 70</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The title has %n character(s); past 60 a search result cuts it</source>
      <translation>
        <numerusform>The title has %n character; past 60 a search result cuts it</numerusform>
        <numerusform>The title has %n characters; past 60 a search result cuts it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The lead has %n character(s); a search result shows 160</source>
      <translation>
        <numerusform>The lead has %n character; a search result shows 160</numerusform>
        <numerusform>The lead has %n characters; a search result shows 160</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n word(s); the office asks for at least {0}</source>
      <translation>
        <numerusform>%n word; the office asks for at least {0}</numerusform>
        <numerusform>%n words; the office asks for at least {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review comment(s) still open</source>
      <translation>
        <numerusform>%n review comment still open</numerusform>
        <numerusform>%n review comments still open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n word(s) to check: {0}</source>
      <translation>
        <numerusform>%n word to check: {0}</numerusform>
        <numerusform>%n words to check: {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{0}” has %n warning(s):

{1}

{2} anyway?</source>
      <translation>
        <numerusform>“{0}” has %n warning:

{1}

{2} anyway?</numerusform>
        <numerusform>“{0}” has %n warnings:

{1}

{2} anyway?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checklist: %n warning(s)</source>
      <translation>
        <numerusform>Checklist: %n warning</numerusform>
        <numerusform>Checklist: %n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checklist: ready (%n item(s) checked)</source>
      <translation>
        <numerusform>Checklist: ready (%n item checked)</numerusform>
        <numerusform>Checklist: ready (%n items checked)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <source>The previous export's file list named %n path(s) outside the website folder, such as “{0}”: they were ignored and nothing there was touched. Was the list (.redaksi-manifest.json) edited?</source>
      <translation>
        <numerusform>The previous export's file list named %n path outside the website folder, such as “{0}”: they were ignored and nothing there was touched. Was the list (.redaksi-manifest.json) edited?</numerusform>
        <numerusform>The previous export's file list named %n paths outside the website folder, such as “{0}”: they were ignored and nothing there was touched. Was the list (.redaksi-manifest.json) edited?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match(es)</numerusform>
        <numerusform>%n match(es)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln replacement(s)</source>
      <translation>
        <numerusform>%Ln replacement</numerusform>
        <numerusform>%Ln replacements</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeadlineDelegate</name>
    <message numerus="yes">
      <source>%n comment(s)</source>
      <translation>
        <numerusform>%n comment</numerusform>
        <numerusform>%n comments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HeadlineList</name>
    <message numerus="yes">
      <source>%Ln+ result(s)</source>
      <translation>
        <numerusform>%Ln+ result</numerusform>
        <numerusform>%Ln+ results</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s)</source>
      <translation>
        <numerusform>%Ln result</numerusform>
        <numerusform>%Ln results</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln article(s)</source>
      <translation>
        <numerusform>%Ln article</numerusform>
        <numerusform>%Ln articles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message numerus="yes">
      <source>%Ln word(s)</source>
      <translation>
        <numerusform>%Ln word</numerusform>
        <numerusform>%Ln words</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
      <source>%n revision(s)</source>
      <translation>
        <numerusform>%n revision</numerusform>
        <numerusform>%n revisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s)</source>
      <translation>
        <numerusform>%n comment</numerusform>
        <numerusform>%n comments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n updated</numerusform>
        <numerusform>%n updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s)</source>
      <translation>
        <numerusform>%n conflict</numerusform>
        <numerusform>%n conflicts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n approval(s) accepted</source>
      <translation>
        <numerusform>%n approval accepted</numerusform>
        <numerusform>%n approvals accepted</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln word(s)</source>
      <translation>
        <numerusform>%Ln word</numerusform>
        <numerusform>%Ln words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln character(s)</source>
      <translation>
        <numerusform>%Ln character</numerusform>
        <numerusform>%Ln characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min read</source>
      <translation>
        <numerusform>%n min read</numerusform>
        <numerusform>%n min read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MarkdownTextEdit</name>
    <message numerus="yes">
      <source>%n picture(s) from the web were left out (Redaksi fetches nothing from the internet); add them with Insert Image.</source>
      <translation>
        <numerusform>%n picture from the web were left out (Redaksi fetches nothing from the internet); add them with Insert Image.</numerusform>
        <numerusform>%n pictures from the web were left out (Redaksi fetches nothing from the internet); add them with Insert Image.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n table(s) with merged cells were pasted as one paragraph per row.</source>
      <translation>
        <numerusform>%n table with merged cells were pasted as one paragraph per row.</numerusform>
        <numerusform>%n tables with merged cells were pasted as one paragraph per row.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>Too many failed attempts in a row. Try again in %n second(s).</source>
      <translation>
        <numerusform>Too many failed attempts in a row. Try again in %n second.</numerusform>
        <numerusform>Too many failed attempts in a row. Try again in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PackagesController</name>
    <message numerus="yes">
      <source>%n article(s) saved in the review package {0}</source>
      <translation>
        <numerusform>%n article saved in the review package {0}</numerusform>
        <numerusform>%n articles saved in the review package {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Review package imported: %n article(s)</source>
      <translation>
        <numerusform>Review package imported: %n article</numerusform>
        <numerusform>Review package imported: %n articles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message numerus="yes">
      <source>%n number(s)</source>
      <translation>
        <numerusform>%n number</numerusform>
        <numerusform>%n numbers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadSettingsPage</name>
    <message numerus="yes">
      <source>Connected. The server holds %n file(s) from earlier uploads.</source>
      <translation>
        <numerusform>Connected. The server holds %n file from earlier uploads.</numerusform>
        <numerusform>Connected. The server holds %n files from earlier uploads.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WordPressController</name>
    <message numerus="yes">
      <source>Sent to the website: %n article(s).</source>
      <translation>
        <numerusform>Sent to the website: %n article.</numerusform>
        <numerusform>Sent to the website: %n articles.</numerusform>
      </translation>
    </message>
  </context>
</TS>
