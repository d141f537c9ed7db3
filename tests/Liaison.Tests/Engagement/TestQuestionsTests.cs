using Liaison.Core.Engagement.Events;

namespace Liaison.Tests.Engagement;

public sealed class TestQuestionsTests
{
    private static QuestionFields Question(int correct = 0, params string[] choices) =>
        new() { Text = "What is 2 + 2?", Choices = [.. choices], CorrectChoice = correct };

    [Fact]
    public void A_question_with_distinct_choices_and_a_correct_one_among_them_is_a_test()
    {
        Assert.Null(TestQuestions.Problem([Question(1, "3", "4"), Question(0, "Yes", "No", "Maybe")]));
    }

    [Theory]
    [InlineData("", "4")]
    [InlineData("4", "   ")]
    public void An_empty_choice_is_refused_naming_the_question_and_the_choice(params string[] choices)
    {
        var problem = TestQuestions.Problem([Question(0, choices)]);
        Assert.NotNull(problem);
        Assert.Contains("is empty", problem.Message);
        Assert.Equal("Questions[0].Choices", Assert.Single(problem.Fields!).Key);
    }

    [Fact]
    public void The_same_choice_twice_is_refused_whatever_its_case_or_spaces()
    {
        Assert.Contains("choices 1 and 2 are the same", TestQuestions.Problem([Question(0, "Four", " four ")])!.Message);
        Assert.Contains("choices 1 and 2 are the same", TestQuestions.Problem([Question(0, "4", "4")])!.Message);
    }

    [Fact]
    public void A_choice_over_1000_characters_is_refused_and_one_of_1000_is_not()
    {
        Assert.Null(TestQuestions.Problem([Question(0, new string('a', 1000), "b")]));
        Assert.Contains("longer than 1,000", TestQuestions.Problem([Question(0, new string('a', 1001), "b")])!.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void A_correct_choice_that_is_no_choice_is_refused(int correct)
    {
        var problem = TestQuestions.Problem([Question(correct, "3", "4")]);
        Assert.Equal("Questions[0].CorrectChoice", Assert.Single(problem!.Fields!).Key);
    }

    [Fact]
    public void One_choice_nine_choices_no_question_or_a_short_text_are_refused()
    {
        Assert.NotNull(TestQuestions.Problem([Question(0, "4")]));
        Assert.NotNull(TestQuestions.Problem([Question(0, [.. Enumerable.Range(1, 9).Select(i => $"{i}")])]));
        Assert.NotNull(TestQuestions.Problem([]));
        Assert.NotNull(TestQuestions.Problem([Question(0, "3", "4") with { Text = " 2+2 " }]));
        Assert.Contains("Question 2", TestQuestions.Problem([Question(0, "3", "4"), null])!.Message);
    }

    [Fact]
    public void Answers_are_scored_only_when_each_is_one_of_its_questions_choices()
    {
        Assert.Null(TestQuestions.AnswersProblem([1, 2], [2, 3]));
        Assert.Equal("Answers[0]", Assert.Single(TestQuestions.AnswersProblem([5, 0], [2, 3])!.Fields!).Key);
        Assert.Equal("Answers[1]", Assert.Single(TestQuestions.AnswersProblem([0, -3], [2, 3])!.Fields!).Key);
        Assert.Contains("one answer per question (2)", TestQuestions.AnswersProblem([0], [2, 3])!.Message);
    }
}
