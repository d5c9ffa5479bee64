# Texts of the built-in checklists. Message ids are `<template>-<item>`,
# `<template>-stage-<stage>`, and `<template>-<group>-<option>`.

## Citizen quick rating

citizen-title = Rate your visit
citizen-stage-rating = Your visit
citizen-face = How was your visit today?
citizen-reasons = What could have been better?
citizen-reason-waiting-time = Waiting time
citizen-reason-employee-attitude = Employee attitude
citizen-reason-process-clarity = Clarity of the process
citizen-reason-completion-time = Time to complete my request
citizen-reason-fees = Fees
citizen-reason-payment-methods = Ways to pay
citizen-reason-location-parking = Location and parking
citizen-reason-reception = Reception
citizen-reason-digital-channels = Website and app
citizen-reason-other = Something else
citizen-stage-journey = A few more questions (optional)
citizen-found-easily = Was the centre easy to find?
citizen-wait-reasonable = Was your waiting time reasonable?
citizen-staff-helpful = Was the employee helpful and polite?
citizen-process-clear = Was it clear what you needed to do?
citizen-one-visit = Was your request completed in one visit?
citizen-clean-comfortable = Was the centre clean and comfortable?
citizen-stage-about = About you
citizen-visit-phase = Where are you now?
citizen-phase-still-here = Still at the centre
citizen-phase-left = I have left the centre

## Shopper customer journey

shopper-title = Customer journey evaluation
shopper-stage-before = Before the visit
shopper-website-accurate = Was the information on the website or app accurate and complete?
shopper-website-accurate-help = Compare the required documents, fees and opening hours published online with what the centre asked for.
shopper-call-centre-reachable = Could you reach the call centre and get a clear answer?
shopper-stage-access = Access and parking
shopper-easy-to-find = Was the centre easy to find?
shopper-signage = Was the signage outside and inside clear?
shopper-parking = Was parking available nearby?
shopper-accessibility = Was the centre accessible for people of determination?
shopper-accessibility-help = Ramps or lifts, accessible parking spaces, wide doors and an accessible service counter.
shopper-stage-reception = Reception and queue
shopper-greeted-guided = Were you greeted and guided to the right service?
shopper-queue-ticket = Did you receive a queue ticket?
shopper-priority-service = Was priority service offered to seniors, people of determination and pregnant women?
shopper-priority-service-help = Watch whether priority visitors are served first or have a dedicated counter.
shopper-stage-waiting = Waiting
shopper-waiting-time = How many minutes did you wait before being served?
shopper-waiting-time-help = From taking the ticket until an employee called your number.
shopper-cleanliness = Was the waiting area clean?
shopper-seating-comfort = How comfortable was the seating?
shopper-information-screens = Did the information screens show the queue and useful information?
shopper-stage-service = The service
shopper-employee-greeting = Did the employee greet you?
shopper-name-badge = Was the employee wearing a name badge?
shopper-professional-appearance = Did the employee look professional?
shopper-knowledge = How well did the employee know the service and explain it?
shopper-knowledge-help = 1: could not answer; 5: answered every question clearly and correctly.
shopper-courtesy = How courteous was the employee?
shopper-completed-one-visit = Was the service completed in this one visit?
shopper-service-time = How many minutes did the service itself take?
shopper-service-time-help = From reaching the counter until the service was done.
shopper-fees-once = Were the fees paid once, with no unexpected charges?
shopper-payment-methods = Could you pay the way you wanted (card, cash, digital)?
shopper-digital-alternative = Did the employee mention the website or app for next time?
shopper-stage-exit = Exit
shopper-thanked = Did the employee thank you?
shopper-receipt = Did you receive a receipt or confirmation?
shopper-invited-to-rate = Were you invited to rate the service?
shopper-complaints-channel = Was a complaints and suggestions channel visible?
shopper-stage-overall = Overall
shopper-overall-face = Overall, how was the visit?
