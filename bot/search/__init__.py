"""Search: text normalisation, transliteration, keyboard-layout repair, the fuzzy index and its ranking.

Knows texts and ids, not entities or HTML; imports nothing else of the project."""
