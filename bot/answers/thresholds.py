"""The engine's calibrated score thresholds, shared by its answerers: when an answer is claimed, when
the best guesses are offered instead, and when two scores tie."""

# Calibrated on the development questions: below ANSWER_AT the bot does not claim an answer;
# between GUESS_AT and ANSWER_AT it offers its best guesses as "did you mean".
ANSWER_AT = 0.5
GUESS_AT = 0.3
TIE = 0.01  # scores this close are a tie
