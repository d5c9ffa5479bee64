# Printed documents: the QR posters and the centre and entity reports (PDF).

print-rate-your-visit = Rate your visit
print-scan = Scan the code with your phone's camera and tap a face
print-counter = Counter: { $label }

report-title = Centre report
report-entity-title = Entity report
report-period = { $from } to { $to }
report-made = Made on { $date }
report-summary = Summary
report-combined = Combined index
report-customer = Customer index
report-customer-note = citizens' ratings
report-audit = Audit index
report-audit-note = mystery shoppers' visits
report-evaluations = { $count ->
    [one] { $count } evaluation
   *[other] { $count } evaluations
}
report-stars = { $stars } stars out of 7
report-provisional = Provisional: too few evaluations for a rating
report-no-rating = No rating: no evaluations in this period
report-league = Position { $rank } of { $total } centres
report-trend = Trend
report-stages = Stages, strongest first
report-strengths = Strengths
report-improvements = Opportunities for improvement
report-happiness = How citizens felt
report-happy = Happy
report-neutral = Neutral
report-unhappy = Unhappy
report-reasons = Reasons given most often
report-employees = Employees and desks
report-counters = Counters
report-col-name = Name
report-col-score = Score
report-col-count = Evaluations
report-col-centre = Centre
report-col-rank = Rank
report-col-stars = Stars
report-comments = Recent comments
report-nothing = Nothing in this period.
report-page = Page { $page } of { $pages }
