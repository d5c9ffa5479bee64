# Administration: checklists and the catalogue in workbooks (admins only).
admin-title = Administration
admin-places = Administration pages
admin-checklists = Checklists
admin-catalogue = Catalogue
admin-only = Only an administrator can open this page.
admin-sign-in = Sign in as an administrator
admin-file-unreadable = The file could not be read: { $reason }
admin-reading = Reading the file…
admin-drop-here = or drop the file here
admin-choose-workbook = Choose a workbook (.xlsx)
admin-picked-file = File: { $name }
admin-checking = Checking the workbook…
admin-checklists-intro = Write a checklist in a workbook (sheets survey, choices and settings), upload it to check it, look at it in any language, then publish it. Devices receive it at their next sync.
admin-upload-checklist = Upload a checklist
admin-read-checklist = “{ $title }” ({ $id }, version { $version })
admin-ready-to-publish = Read without errors: { $what }. Nothing is published yet.
admin-published = Published: { $what }. Devices receive it at their next sync.
admin-not-publishable = { $count ->
    [one] The workbook has one error; nothing can be published until it is corrected.
   *[other] The workbook has { $count } errors; nothing can be published until they are corrected.
}
admin-publish = Publish
admin-publishing = Publishing…
# Problems
admin-problems = Problems found
admin-problem-counts = { $errors ->
    [one] One error
   *[other] { $errorsShown } errors
}, { $warnings ->
    [one] one warning
   *[other] { $warningsShown } warnings
}
admin-severity-error = Error
admin-severity-warning = Warning
admin-col-severity = Severity
admin-col-sheet = Sheet
admin-col-row = Row
admin-col-column = Column
admin-col-cell = Cell as written
admin-col-problem = What is wrong
authoring-problem-missing-sheet = A sheet the workbook needs is missing.
authoring-problem-missing-column = A column this sheet needs is missing from its header.
authoring-problem-missing-name = This row needs a name.
authoring-problem-duplicate-name = This name is used twice; it must be unique.
authoring-problem-invalid-name = A name may only have letters, digits, hyphens and underscores.
authoring-problem-unknown-type = This type is not one the workbook layout knows.
authoring-problem-unknown-language = This names a language the app does not support.
authoring-problem-missing-label = The text in the default language is missing.
authoring-problem-expression-syntax = This condition cannot be read.
authoring-problem-unknown-item = This condition names an item the checklist does not have.
authoring-problem-later-item = This condition names the item itself or one after it.
authoring-problem-value-does-not-fit = This condition compares an item with a value it cannot be answered with.
authoring-problem-invalid-number = This cell should hold a number.
authoring-problem-negative-weight = A weight cannot be below zero.
authoring-problem-stage-weight-zero = This stage counts, but all its scored items weigh zero.
authoring-problem-missing-choice-list = The choices sheet has no list of this name.
authoring-problem-unused-choice-list = No item uses this list of choices.
authoring-problem-score-out-of-range = A choice's score must be between 0 and 1.
authoring-problem-unmatched-begin-group = This group is never closed, or it is inside another group.
authoring-problem-unmatched-end-group = This end of a group has no group open.
authoring-problem-item-outside-stage = This item is outside every group; every item belongs to a stage.
authoring-problem-no-stages = The checklist has no stage.
authoring-problem-invalid-version = The version must be a whole number above zero.
authoring-problem-version-not-above = The version must be above the one already published.
authoring-problem-unknown-role = The role must be shopper or citizen.
authoring-problem-invalid-flag = This cell should say yes or no.
authoring-problem-invalid-evidence = What a failing answer must bring is photo, comment, both, or nothing.
authoring-problem-missing-target = A duration needs a target time above zero.
authoring-problem-misplaced-setting = This setting does not apply to this type of item.
authoring-problem-invalid-checklist = The checklist read breaks one of the scoring rules.
authoring-problem-unknown-reference = This row names an entity or a service the catalogue does not have.
authoring-problem-out-of-range = This latitude, longitude or radius is outside what a place on Earth can have.
authoring-problem-missing-translation = Some rows lack this language's text; the default language is shown there.
authoring-problem-typographic-quotes = Curly quotes in a condition were read as plain ones.
authoring-problem-header-spaces = This header has spaces before or after it.
authoring-problem-left-to-right-text = This right-to-left cell starts with left-to-right text.
# Preview
admin-preview = Preview
admin-preview-language = Language of the preview
admin-preview-note = As a { $audience } will see it. Answers given here are not kept.
admin-audience-shopper = mystery shopper
admin-audience-citizen = visitor
# Published checklists
admin-published-checklists = Published checklists
admin-col-version = Version
admin-col-published-at = Published on
admin-col-published-by = Published by
admin-col-workbook = Workbook
admin-published-by-server = the server (built in)
admin-download-version = Download version { $version }
admin-saved = Saved: { $place }
admin-compare-from = From version
admin-compare-to = To version
admin-compare = Show the changes
admin-diff-heading = From version { $from } to version { $to }
admin-diff-none = Nothing changed between these versions.
admin-diff-title = Title
admin-diff-stages-added = Stages added
admin-diff-stages-removed = Stages removed
admin-diff-stages-changed = Stages changed
admin-diff-items-added = Items added
admin-diff-items-removed = Items removed
admin-diff-items-changed = Items changed
admin-change-none = (none)
admin-change-always = always shown
admin-yes = Yes
admin-no = No
admin-change-label = Label in { $language }: “{ $from }” → “{ $to }”
admin-change-hint = Hint in { $language }: “{ $from }” → “{ $to }”
admin-change-weight = Weight: { $from } → { $to }
admin-change-logic = When it is shown: { $from } → { $to }
admin-change-kind = Kind of answer: { $from } → { $to }
admin-change-required = Required: { $from } → { $to }
admin-change-evidence = What a failing answer must bring: { $from } → { $to }
admin-change-stage = Moved from stage { $from } to stage { $to }
# Catalogue
admin-catalogue-intro = Download the catalogue as a workbook (sheets entities, services and centres), edit it, upload it to check it, then apply it. Rows are added or updated by their id and never deleted; a centre made inactive leaves new visits.
admin-catalogue-current = The catalogue now
admin-download-catalogue = Download the catalogue (.xlsx)
admin-upload-catalogue = Upload a catalogue
admin-catalogue-ready = Read without errors: { $entities } entities, { $services } services, { $centres } centres. Nothing is changed yet.
admin-catalogue-applied = Applied: { $entities } entities, { $services } services, { $centres } centres added or updated.
admin-not-applicable = { $count ->
    [one] The workbook has one error; nothing can be applied until it is corrected.
   *[other] The workbook has { $count } errors; nothing can be applied until they are corrected.
}
admin-apply = Apply
admin-applying = Applying…
admin-catalogue-rows = Rows read
admin-entities = Entities
admin-services = Services
admin-centres = Centres
admin-col-id = Id
admin-col-name = Name
admin-col-entity = Entity
admin-col-coordinates = Latitude, longitude
admin-col-geofence = Geofence
admin-col-active = Active
admin-metres = { $metres } m
