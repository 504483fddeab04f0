-- Notifications name the tab they link to by its key (its label lower-cased: 'Check-ins' becomes 'check-ins'),
-- no longer by its label; links already sent with the label still open the tab, as keys are parsed case-blind.
update notification set tab = lower(tab) where tab <> lower(tab);
