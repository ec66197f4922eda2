using System.Collections.Immutable;
using Nrf.Goals.Results;

namespace Nrf.Goals.Reporting;

/// <summary>A goal whose change could flip the verdict, with how far each failing part is from its target.</summary>
/// <param name="Goal">The goal's result (id, title, status, explanation, reason).</param>
/// <param name="Parts">The parts that are not met: each with its distance when it compares two numbers, and every
/// labelled part of a goal with several parts (so that "Norrbotten" shows which region failed).</param>
public sealed record WhatIfGoal(GoalResult Goal, ImmutableArray<WhatIfPart> Parts);
