using NRules.Fluent.Dsl;

#pragma warning disable CS1591 // Each rule's name and description say what it checks.

namespace Nrf.Goals.Benchmarks.FluentPeer;

// The 13 goals of rules/nrf/2023-2025.yaml, one rule each. Every rule matches the report's figures, binds the goal's
// outcome (not evaluable when a figure it needs is missing) and inserts it as a GoalOutcome fact for the category rules.

[Name("mal-1"), Description("Regionernas andel i nationella grupper ökar: Norrbotten, Jämtland Härjedalen, Västernorrland")]
public sealed class Mal1 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.ShareNorrbotten.Known && f.ShareJamtlandHarjedalen.Known && f.ShareVasternorrland.Known
                ? Judge.Holds(f.ShareNorrbotten.Increased && f.ShareJamtlandHarjedalen.Increased && f.ShareVasternorrland.Increased)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-1", Category.Operational, outcome)));
    }
}

[Name("mal-2"), Description("Samtliga RPO:s svar om nivåstrukturering dokumenterade")]
public sealed class Mal2 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.RpoCount != null && f.RpoLevelStructuringDocumented != null
                ? Judge.Holds(f.RpoCount > 0 && f.RpoLevelStructuringDocumented == f.RpoCount)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-2", Category.Operational, outcome)));
    }
}

[Name("mal-3"), Description("Återkoppling om vårdförlopp till SKR och till förbundsdirektionen")]
public sealed class Mal3 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.FeedbackToSkr != null && f.FeedbackToBoard != null
                ? Judge.Holds(f.FeedbackToSkr == true && f.FeedbackToBoard == true)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-3", Category.Operational, outcome)));
    }
}

[Name("mal-4"), Description("BG beslutsför vid minst 90 % av planerade möten")]
public sealed class Mal4 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.BgMeetingsQuorate != null && f.BgMeetingsPlanned > 0
                ? Judge.Holds(f.BgMeetingsQuorate / f.BgMeetingsPlanned >= 0.90m)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-4", Category.Operational, outcome)));
    }
}

[Name("mal-5"), Description("Minst två samordningsmöten per år")]
public sealed class Mal5 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.CoordinationMeetingsHeld != null
                ? Judge.Holds(f.CoordinationMeetingsHeld >= 2)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-5", Category.Operational, outcome)));
    }
}

[Name("mal-6"), Description("Samtliga RPO:s svar om universitetssjukvård dokumenterade")]
public sealed class Mal6 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.RpoCount != null && f.RpoUniversityCareDocumented != null
                ? Judge.Holds(f.RpoCount > 0 && f.RpoUniversityCareDocumented == f.RpoCount)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-6", Category.Operational, outcome)));
    }
}

[Name("mal-7"), Description("Fler besökare på hemsidan än året innan")]
public sealed class Mal7 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.WebsiteVisitors.Known ? Judge.Holds(f.WebsiteVisitors.Increased) : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-7", Category.Operational, outcome)));
    }
}

[Name("mal-8"), Description("Mindre skillnad i självskattad hälsa mellan flickor och pojkar än vid föregående mätning")]
public sealed class Mal8 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.HealthGap.Known ? Judge.Holds(f.HealthGap.Decreased) : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-8", Category.Operational, outcome)));
    }
}

[Name("mal-9"), Description("Fler ärenden hos HTA Norr än året innan")]
public sealed class Mal9 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.HtaCases.Known ? Judge.Holds(f.HtaCases.Increased) : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-9", Category.Operational, outcome)));
    }
}

[Name("mal-10"), Description("Samtliga uppföljningsdialoger genomförda och återrapporterade till förbundsdirektionen")]
public sealed class Mal10 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.DialoguesHeld != null && f.DialoguesPlanned != null && f.ReportedToBoard != null
                ? Judge.Holds(f.DialoguesHeld >= f.DialoguesPlanned && f.ReportedToBoard == true)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-10", Category.Operational, outcome)));
    }
}

[Name("mal-11"), Description("Intäkter ≥ kostnader, med avdrag för underskott som förbundsdirektionen beslutat")]
public sealed class Mal11 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.Revenue != null && f.Costs != null
                ? Judge.Holds(f.Revenue >= f.Costs - f.ApprovedDeficit)
                : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-11", Category.Financial, outcome)));
    }
}

[Name("mal-12"), Description("Saldot på bankkontot aldrig under 500 000 kr")]
public sealed class Mal12 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.BankBalances.Length > 0 ? Judge.Holds(f.BankBalances.Min() >= 500_000m) : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-12", Category.Financial, outcome)));
    }
}

[Name("mal-13"), Description("Eget kapital minst 1 000 000 kr")]
public sealed class Mal13 : Rule
{
    public override void Define()
    {
        NrfFigures f = null!;
        var outcome = default(Outcome);
        When()
            .Match(() => f)
            .Let(() => outcome, () => f.Equity != null ? Judge.Holds(f.Equity >= 1_000_000m) : Outcome.NotEvaluable);
        Then()
            .Do(ctx => ctx.Insert(new GoalOutcome("mal-13", Category.Financial, outcome)));
    }
}
