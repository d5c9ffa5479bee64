# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = Planned visits
planned-link-sub = Visits assigned to you, and open visits you can take
planned-title = Planned visits
planned-sign-in-first = Sign in to see the visits planned for you.
planned-mine = Assigned to you
planned-mine-none = No visits are assigned to you at the moment.
planned-available = Available visits
planned-available-none = No open visits to take at the moment.
planned-updated = Last updated { $time }
planned-never-updated = Not downloaded yet. Connect to the internet to see your planned visits.
planned-updating = Updating…
planned-offline = You are offline. This is the list as it was last downloaded.
planned-sign-in-again = Your session has ended. Sign in again to update the list.
planned-not-updated = The list could not be updated: { $reason }
planned-refresh = Update the list
planned-wave = Wave
planned-service = Service
planned-window = Visit between
planned-due = Due
planned-days = Days
planned-hours = Hours
planned-scenario = What to do
planned-range = { $from } – { $to }
planned-due-today = due today
planned-days-left = { $count ->
    [one] { $count } day left
   *[other] { $count } days left
}
planned-overdue = { $count ->
    [one] { $count } day overdue
   *[other] { $count } days overdue
}
planned-opens-on = You can start this visit from { $date }.
planned-status = { $status ->
    [open] Open
    [assigned] Assigned to you
    [in_progress] In progress
    [submitted] Submitted
    [approved] Approved
    [returned] Returned to you
    [expired] Expired
   *[cancelled] Cancelled
}
planned-start = Start the visit
planned-resume = Continue the visit
planned-claim = Take this visit
planned-release = Give it back
planned-release-confirm = Give this visit back? Another shopper may then take it.
planned-release-yes = Yes, give it back
planned-needs-connection = Connect to the internet to take or give back a visit.
planned-checklist-missing = The checklist for this visit is not on this device yet. Connect to the internet and try again.
planned-action-failed = Not done: { $reason }
planned-local-draft = Started on this device
planned-local-waiting = Made, waiting to upload
planned-local-sent = Made and uploaded
planned-not-linked = Your evaluation was kept, but it was not counted for its planned visit: { $reason }
planned-not-linked-plain = Your evaluation was kept, but it was not counted for its planned visit.
planned-refused-lockout = Your other visit to this centre is too close to this one.
planned-refused-lockout-until = Your other visit to this centre is too close to this one. You can take a visit there from { $date }.
planned-refused-daily-cap = You already have as many visits on that day as allowed.
planned-refused-wave-cap = You already have as many visits of this wave as one shopper may have.
planned-refused-held-cap = You already hold as many visits not yet made as allowed. Make one or give one back first.
planned-refused-spacing = You have a visit to another centre of the same organisation too close to that day.
planned-refused-spacing-until = You have a visit to another centre of the same organisation too close to that day. You can take this one from { $date }.
planned-refused-grade = Your grade is below the minimum this wave asks for.
planned-date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
planned-weekday = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}
