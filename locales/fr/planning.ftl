# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = Ce client mystère a visité ce centre trop récemment, ou doit s’y rendre bientôt : la période d’exclusion de la vague ne permet pas une autre visite si proche.
error-daily-cap = Ce client mystère a déjà ce jour-là autant de visites que la vague le permet.
error-wave-cap = Ce client mystère a déjà autant de visites de cette vague qu’elle en permet à une seule personne.
error-held-cap = Ce client mystère détient déjà le maximum de visites non encore envoyées. Envoyez-en ou libérez-en une d’abord.
error-spacing = Ce client mystère visite un autre centre du même organisme trop près de ce jour-là.
error-grade = La note de ce client mystère est inférieure au minimum exigé par la vague.
error-shopper-inactive = Le compte de ce client mystère n’est pas actif.
error-reason-required = Indiquez la raison.
error-illegal-assignment-move = Ce n’est pas possible depuis le statut actuel de la visite.
error-illegal-wave-move = Ce n’est pas possible depuis le statut actuel de la vague.
error-wave-not-published = La vague n’est pas publiée : ses visites ne peuvent pas être prises.
error-invalid-wave = Un champ de la vague manque ou n’est pas autorisé. Vérifiez le champ indiqué.
error-invalid-grade = Une note est un nombre entier de 1 à 10.
error-not-approved = Seule une évaluation approuvée peut être notée.
error-unknown-shopper = Aucun client mystère actif n’a ce nom d’utilisateur.
