# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = This shopper visited this centre too recently, or is due there soon: the wave's lockout does not allow another visit so close.
error-daily-cap = This shopper already has as many visits on that day as the wave allows.
error-wave-cap = This shopper already has as many of this wave's visits as it allows one shopper.
error-held-cap = This shopper already holds as many visits not yet submitted as allowed. Submit or release one first.
error-spacing = This shopper visits another centre of the same organisation too close to that day.
error-grade = This shopper's grade is below the minimum the wave asks for.
error-shopper-inactive = This shopper's account is not active.
error-reason-required = Say why, in a reason.
error-illegal-assignment-move = This is not possible from the visit's current status.
error-illegal-wave-move = This is not possible from the wave's current status.
error-wave-not-published = The wave is not published, so its visits cannot be taken.
error-invalid-wave = A field of the wave is missing or not allowed. Check the field shown.
error-invalid-grade = A grade is a whole number from 1 to 10.
error-not-approved = Only an approved evaluation can be graded.
error-unknown-shopper = No active shopper has that username.
