using System.Collections.Immutable;
using Nrf.Goals.Model;
using Nrf.Goals.Verdicts;

namespace Nrf.Goals.Reporting;

/// <summary>
/// A deciding category that keeps the verdict from being met: how many more of its goals must be met
/// (<paramref name="Shortfall"/>) and which goals could make up the difference.
/// </summary>
/// <param name="Category">Operational or financial.</param>
/// <param name="Verdict">The category's counts and status (not met or undetermined).</param>
/// <param name="Shortfall">How many more goals must be met for the category to be met.</param>
/// <param name="Goals">The goals that are not met, partly met or not evaluable, in rule-file order.</param>
public sealed record WhatIfCategory(GoalCategory Category, CategoryVerdict Verdict, int Shortfall, ImmutableArray<WhatIfGoal> Goals);
