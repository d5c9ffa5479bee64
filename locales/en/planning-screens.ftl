# The supervisor's planning screens: waves of planned visits, their coverage, filling them, their assignments, the shoppers, and the grade given with an approval.

planning-title = Planning
planning-places = Planning pages
planning-waves = Waves
planning-new-wave = New wave
planning-shoppers = Shoppers
planning-back = Back to the waves
planning-wave-missing = This wave could not be found.
planning-no-waves = No wave here yet. Create one to plan visits.
planning-filter-status = Wave status
planning-filters = Filter the visits
planning-all = All

planning-wave-status-draft = Draft
planning-wave-status-published = Published
planning-wave-status-closed = Closed
planning-wave-status-cancelled = Cancelled

planning-status-open = Open
planning-status-assigned = Assigned
planning-status-in-progress = In progress
planning-status-submitted = Submitted
planning-status-approved = Approved
planning-status-returned = Returned
planning-status-expired = Expired
planning-status-cancelled = Cancelled

planning-day-mon = Monday
planning-day-tue = Tuesday
planning-day-wed = Wednesday
planning-day-thu = Thursday
planning-day-fri = Friday
planning-day-sat = Saturday
planning-day-sun = Sunday

planning-dates = { $from } to { $to }
planning-hours = { $start }–{ $end }
planning-progress = { $approved } of { $planned } approved
planning-progress-detail = Planned { $planned }, assigned { $assigned }, started { $started }, submitted { $submitted }, approved { $approved }
planning-gaps = { $count ->
    [one] 1 visit without a shopper
   *[other] { $count } visits without a shopper
}

planning-col-wave = Wave
planning-col-dates = Dates
planning-col-status = Status
planning-col-progress = Progress
planning-col-centre = Centre
planning-col-planned = Planned
planning-col-assigned = Assigned
planning-col-started = Started
planning-col-submitted = Submitted
planning-col-approved = Approved
planning-col-open = Open
planning-col-expired = Expired
planning-col-cancelled = Cancelled
planning-col-gaps = Gaps
planning-col-shopper = Shopper
planning-col-visits = Visits
planning-col-from = From
planning-col-why = Why
planning-col-window = When it may be made
planning-col-when = Days and hours
planning-col-actions = Actions
planning-col-grade = Grade
planning-col-graded = Graded visits
planning-col-made = Visits made
planning-col-missed = Missed
planning-col-held = Held
planning-col-lockouts = Locked out of
planning-total = Whole wave
planning-coverage = Coverage by centre

planning-created-by = Created by
planning-publish = Publish
planning-publish-help = Publishing turns the planned visits into open visits that shoppers can take.
planning-close = Close the wave
planning-cancel-wave = Cancel the wave
planning-confirm-close = Close this wave? Nothing more will be assigned in it.
planning-confirm-cancel = Cancel this wave? Its visits will not be made.
planning-confirm = Yes, go ahead
planning-keep = No, keep it
planning-edit = Edit the draft
planning-edit-title = Edit the draft
planning-saved = The draft is saved.
planning-fill = Fill the wave
planning-fill-help = Filling gives each open visit to a shopper the rules allow, spreading the visits evenly between shoppers.
planning-filling = Filling…

planning-report = What filling the wave did
planning-report-assigned = { $count ->
    [one] 1 visit assigned
   *[other] { $count } visits assigned
}
planning-report-unfilled = { $count ->
    [one] 1 visit left open
   *[other] { $count } visits left open
}
planning-report-given = Visits given
planning-report-open = Visits left open, and why
planning-report-all-filled = Every open visit now has a shopper.
planning-no-shopper = No active shopper could be asked.
planning-refused-nothing = No shopper was free for it.
planning-refused-inactive = { $count ->
    [one] 1 shopper's account is not active
   *[other] { $count } shoppers' accounts are not active
}
planning-refused-grade = { $count ->
    [one] 1 shopper's grade is below the wave's minimum
   *[other] { $count } shoppers' grades are below the wave's minimum
}
planning-refused-held-cap = { $count ->
    [one] 1 shopper already holds as many unsubmitted visits as allowed
   *[other] { $count } shoppers already hold as many unsubmitted visits as allowed
}
planning-refused-wave-cap = { $count ->
    [one] 1 shopper already has as many of this wave's visits as allowed
   *[other] { $count } shoppers already have as many of this wave's visits as allowed
}
planning-refused-daily-cap = { $count ->
    [one] 1 shopper already has as many visits that day as allowed
   *[other] { $count } shoppers already have as many visits that day as allowed
}
planning-refused-lockout = { $count ->
    [one] 1 shopper visited this centre too recently, or is due there soon
   *[other] { $count } shoppers visited this centre too recently, or are due there soon
}
planning-refused-spacing = { $count ->
    [one] 1 shopper visits another centre of the same organisation too close to that day
   *[other] { $count } shoppers visit another centre of the same organisation too close to that day
}

planning-rule-name-inactive = Inactive account
planning-rule-name-grade = Minimum grade
planning-rule-name-held-cap = Visits held
planning-rule-name-wave-cap = Visits per shopper in the wave
planning-rule-name-daily-cap = Visits per day
planning-rule-name-lockout = Lockout
planning-rule-name-spacing = Spacing

planning-rules = Rules
planning-rules-help = Every visit given or taken in this wave obeys these rules. The defaults suit most waves.
planning-rule-lockout-days = Lockout at the same centre, in days
planning-rule-lockout-days-help = A shopper may not visit the same centre again within this many days, over every wave. 0 turns it off.
planning-rule-max-per-day = Most visits per shopper per day
planning-rule-max-per-day-help = Counts every visit the shopper has that day.
planning-rule-max-per-shopper = Most visits of this wave per shopper
planning-rule-max-per-shopper-help = Visits the shopper holds or has made in this wave.
planning-rule-max-held = Most visits held at once
planning-rule-max-held-help = Visits a shopper holds and has not yet submitted, over every wave.
planning-rule-spacing-days = Days between visits to one organisation
planning-rule-spacing-days-help = The fewest days between two visits of a shopper to centres of the same organisation. 0 turns it off.
planning-rule-min-grade = Minimum shopper grade
planning-rule-min-grade-help = From 1 to 10. Leave it empty to let every shopper in.
planning-rule-off = Off
planning-rule-none = None

planning-form-title = Plan a new wave
planning-form-errors = Some fields need attention; each one says why.
planning-field-name = Name of the wave
planning-field-from = First day
planning-field-to = Last day
planning-field-template = Checklist
planning-visits = Planned visits
planning-visit-n = Visit { $number }
planning-field-centre = Centre
planning-choose-centre = Choose a centre
planning-field-service = Service (optional)
planning-any-service = Any service
planning-field-count = Number of visits
planning-field-scenario = Scenario: what the shopper asks for or does
planning-field-days = Days of the week (none ticked: any day)
planning-field-hours = Hours (optional: opening hours)
planning-field-hours-from = From
planning-field-hours-to = Until
planning-add-visit = Add a visit
planning-remove-visit = Remove visit { $number }
planning-create = Create the draft
planning-save = Save the draft
planning-saving = Saving…

planning-invalid-name = Give the wave a name of at most { $max } characters.
planning-invalid-template = Choose the checklist the visits are made with.
planning-invalid-date = Write a date.
planning-invalid-dates = The last day comes before the first.
planning-invalid-too-long = A wave runs at most { $max } days.
planning-invalid-number = Write a whole number from { $min } to { $max }.
planning-invalid-grade = Write a grade from 1 to 10, or leave it empty.
planning-invalid-no-visits = Plan at least one visit.
planning-invalid-centre = Choose a centre you supervise.
planning-invalid-service = This centre does not offer that service.
planning-invalid-count = Write a number of visits from 1 to { $max }.
planning-invalid-scenario = Say what the shopper asks for or does, in at most { $max } characters.
planning-invalid-days = None of these days falls within the wave.
planning-invalid-hours = Give both times, the start before the end.
planning-invalid-too-many = The wave plans { $total } visits; at most { $max } can be published.

planning-assignments = Visits of the wave
planning-no-assignments = No visit matches these filters.
planning-any-day = Any day
planning-any-time = Opening hours
planning-nobody = Nobody yet
planning-assign = Assign
planning-release = Release
planning-cancel-visit = Cancel
planning-history = History
planning-no-history = Nothing has happened to this visit yet.
planning-more = Show more
planning-shown = Visits shown: { $count }
planning-assign-title = Assign the visit at { $centre }
planning-assign-to = Shopper
planning-choose-shopper = Choose a shopper
planning-shopper-option = { $name } · { $grade } · held: { $held }
planning-hints = The rules will likely refuse this shopper:
planning-hint-lockout = Visited this centre on { $visited }; the wave's lockout lets them back from { $until }.
planning-hint-held = Holds { $held } visits not yet submitted; the wave allows { $max }.
planning-hint-grade = Grade: { $grade }; the wave asks for at least { $min }.
planning-refused-title = The rules refuse this shopper
planning-override-reason = Assign anyway: say why the rule may be set aside
planning-assign-anyway = Assign anyway
planning-close-panel = Close
planning-cancel-reason = Why is the visit cancelled?
planning-cancel-confirm = Cancel the visit
planning-assigned-to = The visit is assigned to { $shopper }.
planning-released = Released: the visit is open again.
planning-cancelled = The visit is cancelled.
planning-log-moved = { $from } → { $to }
planning-log-by = by { $name }
planning-log-system = by the server
planning-log-shopper = shopper: { $name }
planning-log-overrode = Rules set aside: { $rules }
planning-export-title = Download
planning-export = The wave's visits (CSV)

planning-grade-value = { $grade } of 10
planning-no-grade = No grade yet
planning-no-shoppers = No shopper account yet.
planning-no-lockouts = None
planning-lockout-until = { $centre } until { $until }

planning-review-grade = Shopper's grade for this visit (optional)
planning-review-grade-help = From 1 to 10, sent with the approval.
planning-review-no-grade = No grade
