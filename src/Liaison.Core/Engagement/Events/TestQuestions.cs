using Liaison.Core.Common;

namespace Liaison.Core.Engagement.Events;

/// <summary>
/// What a knowledge test must be before anyone is scored on it, and what a set of answers must be to be scored. Checked in
/// Core, not only by the API's validation: the event page sets questions and records scores through the same handler.
/// </summary>
public static class TestQuestions
{
    public const int MaxQuestions = 50, MinChoices = 2, MaxChoices = 8, MinText = 5, MaxText = 1000;

    /// <summary>
    /// Why <paramref name="questions"/> cannot be a test, naming the first bad question, or null: each has a text, 2 to 8
    /// choices that are neither empty, over-long nor the same as another (two identical choices make either answer
    /// "wrong"), and a correct choice among them.
    /// </summary>
    public static Error? Problem(IReadOnlyList<QuestionFields?> questions)
    {
        if (questions.Count is 0 or > MaxQuestions) return Error.Invalid("Questions", $"A test has between 1 and {MaxQuestions} questions.");
        for (var n = 0; n < questions.Count; n++)
        {
            var at = $"Questions[{n}]";
            if (questions[n] is not { } q) return Error.Invalid(at, $"Question {n + 1} is empty.");
            var text = q.Text?.Trim() ?? "";
            if (text.Length is < MinText or > MaxText)
                return Error.Invalid($"{at}.Text", $"Question {n + 1} needs a text of {MinText} to 1,000 characters.");
            var which = $"Question {n + 1} (“{text}”)";
            var choices = (q.Choices ?? []).Select(c => c?.Trim() ?? "").ToList();
            if (choices.Count is < MinChoices or > MaxChoices)
                return Error.Invalid($"{at}.Choices", $"{which} needs {MinChoices} to {MaxChoices} choices.");
            for (var k = 0; k < choices.Count; k++)
            {
                if (choices[k].Length == 0) return Error.Invalid($"{at}.Choices", $"{which}: choice {k + 1} is empty.");
                if (choices[k].Length > MaxText)
                    return Error.Invalid($"{at}.Choices", $"{which}: choice {k + 1} is longer than 1,000 characters.");
                var first = choices.FindIndex(c => string.Equals(c, choices[k], StringComparison.OrdinalIgnoreCase));
                if (first < k) return Error.Invalid($"{at}.Choices", $"{which}: choices {first + 1} and {k + 1} are the same (“{choices[k]}”).");
            }
            if (q.CorrectChoice < 0 || q.CorrectChoice >= choices.Count)
                return Error.Invalid($"{at}.CorrectChoice", $"{which}: the correct choice is not one of its choices.");
        }
        return null;
    }

    /// <summary>
    /// Why <paramref name="answers"/> (zero-based choices, one per question) cannot be scored against questions with
    /// <paramref name="choiceCounts"/> choices, or null: an answer that is no choice would silently count as wrong.
    /// </summary>
    public static Error? AnswersProblem(IReadOnlyList<int> answers, IReadOnlyList<int> choiceCounts)
    {
        if (answers.Count != choiceCounts.Count) return Error.Invalid("Answers", $"Give one answer per question ({choiceCounts.Count}).");
        for (var n = 0; n < answers.Count; n++)
            if (answers[n] < 0 || answers[n] >= choiceCounts[n])
                return Error.Invalid($"Answers[{n}]",
                    $"Answer {n + 1} ({answers[n]}) is not one of question {n + 1}'s choices: give 0 to {choiceCounts[n] - 1}.");
        return null;
    }
}
