"""Ad slots and their placements. Imports masthead.core and masthead.news."""
