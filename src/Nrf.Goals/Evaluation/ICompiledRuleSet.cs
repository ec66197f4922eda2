using Nrf.Goals.Model;
using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>A rule set compiled for an engine, ready to evaluate values documents. Thread-safe.</summary>
public interface ICompiledRuleSet
{
    /// <summary>The rule set this was compiled from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Judges every goal against <paramref name="values"/> and applies the verdict policy.</summary>
    EvaluationResult Evaluate(ValuesDocument values);

    /// <summary>
    /// Evaluates many documents — e.g. every municipality over many years — spread over the machine's cores. Result
    /// <c>i</c> is what <see cref="Evaluate"/> gives for <c>documents[i]</c>, whatever the number of threads.
    /// </summary>
    /// <param name="documents">The values documents, each for this rule set.</param>
    /// <param name="maxDegreeOfParallelism">At most this many threads; -1 (the default) for one per core, 1 for the calling thread only.</param>
    /// <exception cref="AggregateException">On several threads, a document could not be evaluated; its exception is inside (on one thread it is thrown as is).</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(IReadOnlyList<ValuesDocument> documents, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfZero(maxDegreeOfParallelism);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, -1);
        var results = new EvaluationResult[documents.Count];
        if (maxDegreeOfParallelism == 1 || documents.Count < 2)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = Evaluate(documents[i]);
            }

            return results;
        }

        // Contiguous ranges, one task per range: far fewer hand-offs than one per document.
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var rangeSize = Math.Max(1, documents.Count / (4 * Environment.ProcessorCount));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, documents.Count, rangeSize), options, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = Evaluate(documents[i]);
            }
        });
        return results;
    }
}
