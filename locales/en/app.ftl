# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = English
app-name = Mystery Shopper
go-home = Go to the start
not-found-title = This page does not exist
store-failed-title = The app cannot open its storage on this device
settings-set-aside = The settings kept on this device could not be read. A copy was set aside and the defaults are in use: please check your choices in Settings.
cancel = Cancel
save = Save
saved = Saved
previous = Back
next = Next

## Connection and outbox badge

connection-online = Online
connection-offline = Offline — your work is saved on this device
connection-unknown = Connecting…
outbox-badge = { $count ->
    [0] Nothing waiting to upload
    [one] 1 evaluation waiting to upload
   *[other] { $count } evaluations waiting to upload
}

## First run and settings

welcome-title = Welcome
welcome-lead = Rate your visit to a government service centre, or carry out an assigned evaluation.
language-label = Language
welcome-role = Who is using this app?
role-citizen = I am a visitor
role-citizen-hint = Rate a visit in a few taps
role-shopper = I am a mystery shopper
role-shopper-hint = Carry out a full evaluation
settings-title = Settings
settings-server = Server address

## Finding a centre

centres-title = Choose a centre
centres-search = Search by name
centres-nearest = Nearest first
centres-locating = Finding your location…
centres-entity = Authority
centres-all = All
centres-none-yet = The list of centres has not been downloaded yet. Connect to the internet once, or open the link on the centre's QR code.
centres-no-match = No centre matches your search.
distance-km = { $km } km away

## Citizen rating

face-happy = Happy
face-neutral = Neutral
face-unhappy = Unhappy
rate-more = Add more details (optional)
rate-comment = Your comment
rate-employee = Employee name or desk number
rate-submit = Send my rating
rate-unknown-centre = This centre is not in the list
rate-unknown-centre-hint = Check the link or the QR code, or choose the centre from the list.
checklist-missing = This evaluation form is not available on this device yet.
missing-item = Please answer: { $item }
confirm-thanks = Thank you for your evaluation
confirm-sending = Sending…
confirm-sent = Sent. The centre will see your evaluation.
confirm-saved = Saved on this device. It will be sent automatically when you are back online.
confirm-refused = It could not be sent: { $reason }
confirm-again = Rate another visit

## Answers

answer-yes = Yes
answer-no = No
answer-na = Not applicable
scale-1 = 1 — Very poor
scale-2 = 2 — Poor
scale-3 = 3 — Fair
scale-4 = 4 — Good
scale-5 = 5 — Excellent
unit-minutes = { $count ->
    [one] minutes (target: 1 minute)
   *[other] minutes (target: { $count } minutes)
}
evidence-photo-needed = Please add a photo that shows this.
evidence-comment-needed = Please describe what happened in a comment.
comment-add = Add a comment
comment-label = Comment
comment-placeholder = What did you notice?
photo-add = Add a photo
photo-processing = Preparing the photo…
photo-not-an-image = This file is not a photo. Choose a JPEG or PNG picture.
photo-unreadable = The photo could not be read: { $reason }
photo-count = { $count ->
    [one] 1 photo
   *[other] { $count } photos
}

## Shopper visits

sign-in-title = Sign in
sign-in-username = Username
sign-in-password = Password
sign-in-submit = Sign in
sign-in-wrong = The username or the password is wrong.
sign-in-offline = The server cannot be reached. Check the connection and try again.
sign-in-as = Signed in as { $name }
sign-out = Sign out
visits-title = My visits
visits-sign-in-first = Sign in so that your evaluations can be uploaded.
visits-in-progress = Visits in progress
visits-new = Start a new visit
visits-centre = Centre
visits-service = Service
visits-start = Start the visit
answered-count = { $count ->
    [one] 1 answer so far
   *[other] { $count } answers so far
}
visit-not-found = This visit is not on this device.
visit-submitted = This visit has been submitted.
visit-progress = Progress of the evaluation
visit-stages = Stages of the visit
visit-review = Review and submit
check-in = Check in now
check-in-needed = Check in when you arrive at the centre: this records the time and your location.
checked-in-at = Checked in at { $time }.
check-in-inside = At the centre.
check-in-outside = Outside the centre's area.
check-in-no-location = Location not available.
timer-start = Start timer
timer-stop = Stop timer

## Summary

summary-title = Review your evaluation
summary-complete = Everything required is answered.
summary-missing = { $count ->
    [one] 1 item still needs attention
   *[other] { $count } items still need attention
}
missing-answer = answer needed
missing-photo = photo needed
missing-comment = comment needed
summary-score = Score by stage
summary-stage = Stage
summary-percent = Score
summary-overall = Whole evaluation
summary-employee = Employee name or desk number
summary-comment = Overall comment
summary-submit = Submit the evaluation

## Outbox

outbox-title = Outbox
outbox-empty = No evaluations on this device yet.
outbox-kind-rating = Rating
outbox-kind-visit = Visit
outbox-resume = Continue
outbox-delete = Delete
outbox-delete-confirm = Delete this draft? This cannot be undone.
outbox-delete-yes = Yes, delete
outbox-retry = Try again
state-draft = Draft — not submitted yet
state-waiting = Waiting to upload
state-uploading = Uploading…
state-uploaded = Uploaded
state-retrying = Not uploaded yet — will try again automatically
state-refused = The server did not accept it: { $reason }
state-needs-sign-in = Sign in to upload

## Why the server refused an evaluation (by the server's error code)

error-conflict = A different evaluation was already sent with the same number.
error-not-returned = This evaluation is being reviewed and cannot be changed now.
error-revision-out-of-order = This version of the evaluation does not follow the last one the server has.
error-unknown-centre = The server does not know this centre any more.
error-unknown-service = The centre does not offer this service any more.
error-unknown-template = The server does not know this version of the form. Update the app.
error-template-mismatch = The evaluation does not match its form. Update the app.
error-invalid-role = This form cannot be used in this role.
error-missing-answer = A required answer is missing.
error-missing-photo = A required photo is missing.
error-missing-comment = A required comment is missing.
error-photo-missing = A photo did not reach the server. Try again.
error-too-large = The evaluation or one of its photos is too large.
error-invalid-workbook = The file is not a workbook this server can read, or it is too large. Save it again as .xlsx.
error-password-change-required = Change your temporary password first.
error-weak-password = Choose a longer password: at least 12 characters, not your username, not a common password.
error-too-long = A text is too long.
error-invalid-field = The server could not read part of the evaluation. Update the app.
error-wrong-kind = An answer has the wrong form. Update the app.
error-invalid-value = An answer is not allowed.
error-unknown-item = The evaluation has an answer the form does not ask for. Update the app.
error-bad-json = The server could not read the evaluation. Update the app.
error-id-mismatch = The evaluation's number does not match. Update the app.
error-hash-mismatch = A photo was damaged on the way. Try again.
error-not-an-image = A photo could not be read as a picture.
error-forbidden = Your account may not send this evaluation.
error-unauthorized = Sign in again to send this evaluation.
error-invalid-id = The evaluation's number is not valid. Update the app.
error-invalid-photo-id = A photo's name is not valid. Update the app.

## Saving on this device

store-save-failed = Not saved on this device. What you entered is still here; please try again.
store-read-failed = The evaluations saved on this device could not be read. Close the app and open it again; if it keeps happening, ask for help.

## Signing out

sign-out-waiting = Some visits are waiting to be uploaded and need your sign-in. They stay on this device and are uploaded after you sign in again.
sign-out-yes = Sign out anyway
signed-out = You are signed out.

## More reasons the server gives (by its error code)

error-rate-limited = Too many ratings were sent from here just now. Yours is saved and will be sent automatically a little later.
error-too-many-attempts = Too many sign-in attempts. Wait a few minutes, then try again.
error-staff-cannot-rate = A staff account cannot send a visitor's rating. Sign out, then send it again.
error-citizen-not-revisable = A visitor's rating cannot be changed after it has been sent.
error-photo-has-metadata = A photo still carries hidden details, such as where it was taken. Update the app.
error-photo-too-large = A photo is too large. Take it again or choose a smaller one.
error-implausible-value = An answer cannot be right, for example a very long waiting time. Check it and try again.
error-unknown-locale = The server does not know the language of this evaluation. Update the app.
error-unsupported-media-type = The server cannot accept this kind of file. Update the app.
error-unknown-kiosk = This kiosk is not registered. Ask the centre's staff to register it again.
error-kiosk-wrong-centre = This kiosk is registered for another centre. Ask the centre's staff to check it.
error-invalid-path = The app used an address the server does not accept. Update the app.

error-bad-body = The request could not be read. Please try again.
error-bad-query = The search or filter was not understood.
error-internal = Something went wrong on the server. Nothing was changed; please try again later.
error-method-not-allowed = This action is not possible here.
error-not-found = The server does not have what was asked for.
connection-offline-short = Offline
rate-loading-centre = Loading the centre…
rate-catalogue-unavailable = The list of centres is not on this device yet. Connect to the internet and try again.
photo-remove = Remove this photo
photo-thumbnail = Photo { $number }
visits-change-centre = Change centre
visits-service-needed = Choose the service you are evaluating.
settings-digits = Digits
error-illegal-transition = This decision is not possible from the evaluation's current status.
error-evidence-required = Marking this action done needs a comment saying what was done, and a photo where the action asks for one.
error-comment-required = Say why in a comment when you return or reject an evaluation.

role-supervisor = I review evaluations or run a centre (staff)
review-status-received = Received
review-status-has-issues = Has issues
review-status-returned = Returned to the shopper
review-status-approved = Approved
review-status-rejected = Rejected
review-inbox-title = Evaluations to review
review-filter-status = Status
review-filter-role = Who evaluated
review-all = All
review-role-citizen = Citizens
review-role-shopper = Mystery shoppers
review-count = Evaluations found: { $count }
review-inbox-empty = Nothing here with these filters.
review-select = Select
review-col-centre = Centre
review-col-role = By
review-col-visit = Visit
review-col-score = Score
review-col-status = Status
review-col-photos = Photos
review-col-place = Check-in
review-more = Show more
review-bulk-done = Approved: { $count }
review-bulk-confirm = Approve the selected evaluations ({ $count })?
review-approve = Approve
review-approve-selected = Approve selected ({ $count })
review-visit-photos = Photos of the visit
review-no-check-in = No check-in
review-outside-by = Outside the centre's area by { $metres } m
review-by = Submitted by
review-minutes-of-target = { $minutes } min (target { $target } min)
review-history = History
review-received-revision = Revision { $revision } received
review-commented = Comment
review-no-moves = No decision is possible now: it waits for the shopper.
review-comment = Comment for the shopper or the record
review-do-approved = Approve
review-do-has-issues = Mark as having issues
review-do-rejected = Reject
review-do-returned = Return to the shopper
review-compared = Revision { $revision }; what changed since revision { $previous } is marked.
review-was = Was: { $answer }
visit-returned = Returned by the supervisor: { $comment }
review-from = From
review-to = To
review-next = Next evaluation
review-filters = Filters

## Centre performance
review-places = Review
stats-title = Performance
stats-period = Period
stats-last-30 = Last 30 days
stats-last-90 = Last 90 days
stats-last-365 = Last 12 months
stats-entity = Authority
stats-combined = Combined
stats-customer = Customer index
stats-audit = Audit index
stats-rating = Rating
stats-rank = Rank
stats-evaluations = Evaluations
stats-evaluation-count = { $count ->
    [one] { $count } evaluation
   *[other] { $count } evaluations
}
stats-answer-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
stats-stars = { $stars } of { $max } stars
stats-too-few = Too few to rate
stats-no-rating = Not rated yet
stats-league = Centres
stats-no-centres = There are no centres to show.
stats-back = All centres
stats-trend = Trend
stats-trend-summary = The combined figure and both indices over the period
stats-trend-table = Show the figures as a table
stats-week = Week { $week }
stats-stages = Customer journey stages
stats-no-evaluations = No evaluation counts in this period.
stats-happiness = Citizen happiness
stats-no-citizens = No citizen ratings in this period.
stats-reasons = Reasons given when not happy
stats-strengths = Strengths
stats-weaknesses = Opportunities for improvement
stats-too-few-items = Too few answers to tell yet.
stats-employees = Employees and desks
stats-no-employees = No employee or desk was named in this period.
stats-alerts = Alerts
stats-alert-text = { $unhappy } of { $ratings } ratings unhappy in { $minutes } minutes
stats-alert-cleared = back to normal now
stats-acknowledge = Acknowledge
stats-exports = Exports
stats-export-evaluations-csv = Evaluations (CSV)
stats-export-evaluations-xlsx = Evaluations (Excel)
stats-export-answers-csv = Answers (CSV)
stats-export-rows = { $done } of { $total } rows
stats-export-bytes = { $kb } KB received
stats-export-saved = Saved: { $place }
stats-settings = How stars are given
stats-settings-customer-weight = Weight of the customer index (%)
stats-settings-min-customer-count = Citizen ratings needed for stars
stats-settings-min-audit-count = Approved audits needed for stars
stats-settings-band = { $stars } stars from (%)
stats-settings-bands = Star bands
stats-settings-save = Save
stats-settings-saved = Saved; every figure uses it from now on.
stats-settings-not-number = Not a number: { $field }

## Proof of visit
review-filter-flag = Proof of visit
proof-flag-outside-geofence = Checked in outside the centre
proof-flag-no-location = No location
proof-flag-duplicate-photos = Photo used in another evaluation
proof-flag-clock-skew = Device clock was off
proof-clock-offset = The device's clock was { $minutes } min off; the visit's times were corrected.
check-in-accuracy = ± { $metres } m
location-denied = Location is turned off for this app: the check-in is kept without it. You can allow it in the device's settings.
location-timeout = No location fix came in time: the check-in is kept without it.
location-unavailable = This device has no location service on: the check-in is kept without it.
photo-from-library = Choose from the gallery
