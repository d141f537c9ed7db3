using Liaison.Core.Common;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Engagement.Advocacy;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Engagement.Events;

/// <summary>An event's participants from invitation to check-in, its knowledge test and scores, feedback and outcome.</summary>
[Authorize(Policy = Policies.Medical)]
public sealed class DetailsModel(GetEvent.Handler get, EventParticipation.Handler participation, EventTests.Handler tests,
    InteractionChoices.Handler choices, PatientAdvocates.Handler advocates) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public IReadOnlyList<PatientAdvocates.View> Advocates { get; private set; } = [];
    /// <summary>The NPIs of a refused invitation or walk-in, shown again to be corrected.</summary>
    public string? TypedNpis { get; private set; }
    /// <summary>The form whose post was refused ("invite", "test", a <see cref="ScoreField"/>): its errors are shown beside it, not a page away.</summary>
    public string? Refused { get; private set; }
    /// <summary>The questions as refused, shown again to be corrected; null shows the saved ones.</summary>
    public string? TypedQuestions { get; private set; }
    public string QuestionsText => TypedQuestions ?? string.Join("\n\n", Event.Questions.Select(q =>
        q.Text + "\n" + string.Join("\n", q.Choices.Select((c, i) => (i == q.CorrectChoice ? "*" : "") + c))));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await get.Handle(id, ct);
        if (!found.IsSuccess) return NotFound();
        Event = found.Value!;
        Advocates = (await advocates.List(ct)).Value ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, string? npis, List<Guid> advocateIds, ConsentChannel channel, CancellationToken ct) =>
        await People(id, npis, advocateIds, channel, walkIn: false, ct);

    public async Task<IActionResult> OnPostWalkInAsync(Guid id, string? npis, List<Guid> advocateIds, CancellationToken ct) =>
        await People(id, npis, advocateIds, ConsentChannel.Visit, walkIn: true, ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid participantId, string step, CancellationToken ct) =>
        Done(id, step switch
        {
            "register" => await participation.Register(id, participantId, ct),
            "decline" => await participation.Decline(id, participantId, ct),
            _ => await participation.CheckIn(id, participantId, ct),
        }, "Updated.");

    /// <summary>
    /// A refused score comes back on its own field, as typed, with why: the page holds a score field per participant and
    /// phase, all named "correct", so the error is kept under the field's id (<see cref="ScoreField"/>) and not its name.
    /// </summary>
    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid participantId, TestPhase? phase, int? correct, CancellationToken ct)
    {
        var done = ModelState.FirstRefusal() is { } refused ? refused
            : await tests.RecordScore(id, participantId, new ScoreFields { Phase = phase, Correct = correct }, ct);
        if (done.IsSuccess) return Done(id, done, "Score recorded.");
        ModelState.Clear();
        ModelState.AddModelError(ScoreField(participantId, phase), done.Error!.Fields?.Values.First()[0] ?? done.Error.Message);
        var page = await OnGetAsync(id, ct);
        Refused = ScoreField(participantId, phase);
        return page;
    }

    /// <summary>The id of a participant's score field for a phase, and the key its refusal is kept under.</summary>
    public static string ScoreField(Guid participantId, TestPhase? phase) => $"s-{participantId}-{phase}";

    /// <summary>A refused feedback form comes back beside itself with what was typed (comments can be long), not in a flash.</summary>
    public async Task<IActionResult> OnPostFeedbackAsync(Guid id, Guid participantId, FeedbackFields form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var done = await tests.RecordFeedback(id, participantId, form, ct);
            if (done.IsSuccess) return Done(id, done, "Feedback recorded.");
            done.Error!.AddTo(ModelState, nameof(form));
        }
        var page = await OnGetAsync(id, ct);
        Refused = "feedback";
        return page;
    }

    /// <summary>A field of the refused form as it was posted (the text typed, even one no number reads), else <paramref name="shown"/>.</summary>
    public string Posted(string form, string name, string shown) =>
        Refused == form && Request.HasFormContentType && Request.Form.TryGetValue(name, out var typed) ? typed.ToString() : shown;

    /// <summary>
    /// Questions as typed: blocks separated by a blank line; the question, then one choice per line, "*" before the correct one.
    /// A refused test comes back as typed with what is wrong, never saved "corrected" (no "*" used to mean the first choice).
    /// </summary>
    public async Task<IActionResult> OnPostQuestionsAsync(Guid id, long version, string? questions, CancellationToken ct)
    {
        var parsed = new List<QuestionFields>();
        var unmarked = new List<string>();
        var blocks = (questions ?? "").Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var choicesTyped = lines.Skip(1).ToList();
            var marked = choicesTyped.Count(c => c.StartsWith('*'));
            if (choicesTyped.Count > 0 && marked != 1)
                unmarked.Add($"Question {parsed.Count + 1} (“{lines[0]}”): put * before {(marked == 0 ? "the correct choice" : "one choice only")}.");
            parsed.Add(new QuestionFields
            {
                Text = lines[0], Choices = choicesTyped.Select(c => c.TrimStart('*').Trim()).ToList(),
                CorrectChoice = choicesTyped.FindIndex(c => c.StartsWith('*')),
            });
        }
        if (unmarked.Count == 0 && ModelState.IsValid)
        {
            var result = await tests.SetQuestions(id, version, parsed, ct);
            if (result.IsSuccess) return Done(id, result, "Test questions saved.");
            result.Error!.AddTo(ModelState, nameof(questions));
        }
        else unmarked.ForEach(m => ModelState.AddModelError(nameof(questions), m));
        var page = await OnGetAsync(id, ct);
        (TypedQuestions, Refused) = (questions, "test");
        return page;
    }

    private async Task<IActionResult> People(Guid id, string? npis, List<Guid> advocateIds, ConsentChannel channel, bool walkIn,
        CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var hcps = string.IsNullOrWhiteSpace(npis) ? new List<Guid>() : await choices.HcpsByNpi(npis, ct);
            var fields = new ParticipantsFields { HcpIds = hcps.Value ?? [], AdvocateIds = advocateIds, Channel = channel };
            var done = !hcps.IsSuccess ? hcps.Error!
                : walkIn ? await participation.WalkIn(id, fields, ct) : await participation.Invite(id, fields, ct);
            if (done.IsSuccess) return Done(id, done, walkIn ? "Walk-in checked in." : "Invitations recorded.");
            // Refused: shown beside the form, the NPIs as typed, so only the wrong one is retyped.
            ModelState.AddModelError(nameof(npis), done.Error!.Message);
        }
        var page = await OnGetAsync(id, ct);
        (TypedNpis, Refused) = (npis, "invite");
        return page;
    }

    private RedirectToPageResult Done<T>(Guid id, Result<T> result, string success)
    {
        TempData.Tell(result, _ => success);
        return RedirectToPage(new { id });
    }
}
