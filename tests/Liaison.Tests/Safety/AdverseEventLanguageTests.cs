using Liaison.Core.Safety.Detection;

namespace Liaison.Tests.Safety;

public sealed class AdverseEventLanguageTests
{
    [Theory]
    [InlineData("The patient developed a rash after the second dose.")]
    [InlineData("Dr. Lee said one of her patients was hospitalized with febrile neutropenia.")]
    [InlineData("A patient experienced severe nausea and vomiting following the infusion")]
    [InlineData("My patient had a seizure two days after starting treatment.")]
    [InlineData("He mentioned a patient who died last week while on therapy.")]
    [InlineData("No questions on dosing, but a patient developed hives after the injection.")]
    [InlineData("The patient had no fever but developed a rash.")]
    [InlineData("She reported an allergic reaction in a patient on the new regimen.")]
    [InlineData("A patient became pregnant while on Veltrisa.")]
    public void Adverse_event_language_is_detected(string text)
    {
        var signals = AdverseEventLanguage.Detect(text);
        Assert.Contains(signals, s => s.Kind == SafetySignalKind.AdverseEvent);
    }

    [Theory]
    [InlineData("No side effects were reported.")]
    [InlineData("The clinic team denied any adverse events.")]
    [InlineData("The patient did not develop a rash.")]
    [InlineData("There were no reports of hospitalization.")]
    [InlineData("Rash was ruled out by the dermatologist.")]
    [InlineData("Side effects: none.")]
    [InlineData("Adverse events were not observed in the clinic's patients.")]
    [InlineData("We discussed the incidence of neutropenia in the phase 3 trial.")]
    [InlineData("Dr. asked about the risk of interstitial lung disease in the label.")]
    [InlineData("Without any adverse reactions so far, the regimen is well tolerated.")]
    [InlineData("The audience's reaction to the data was positive.")]
    [InlineData("")]
    [InlineData(null)]
    public void Negated_hypothetical_or_unrelated_language_is_not_an_adverse_event(string? text)
    {
        Assert.DoesNotContain(AdverseEventLanguage.Detect(text), s => s.Kind == SafetySignalKind.AdverseEvent);
    }

    [Theory]
    [InlineData("The vial was cracked when the pharmacy opened the box.")]
    [InlineData("The clinic says the solution in the syringe looked cloudy.")]
    [InlineData("The autoinjector jammed and did not deliver the dose.")]
    [InlineData("Two blister packs were missing tablets.")]
    [InlineData("The pen was leaking at the cartridge.")]
    public void Product_complaints_are_detected(string text)
    {
        Assert.Contains(AdverseEventLanguage.Detect(text), s => s.Kind == SafetySignalKind.ProductComplaint);
    }

    [Theory]
    [InlineData("The vial was not cracked.")]
    [InlineData("The results were broken down by product and region.")]
    [InlineData("Our discussion broke new ground.")]
    [InlineData("No damaged packaging was seen.")]
    public void Negated_or_idiomatic_defect_words_are_not_product_complaints(string text)
    {
        Assert.DoesNotContain(AdverseEventLanguage.Detect(text), s => s.Kind == SafetySignalKind.ProductComplaint);
    }

    [Fact]
    public void Each_signal_names_its_trigger_and_quotes_its_sentence()
    {
        var signals = AdverseEventLanguage.Detect("Discussed the new data. The patient developed a rash after the second dose! Then lunch.");
        var signal = Assert.Single(signals);
        Assert.Equal("rash", signal.Trigger);
        Assert.Equal("The patient developed a rash after the second dose!", signal.Sentence);
    }

    [Fact]
    public void Negation_does_not_reach_across_sentences()
    {
        var signals = AdverseEventLanguage.Detect("No questions about dosing. The patient developed nausea.");
        Assert.Contains(signals, s => s.Trigger == "nausea");
    }
}
