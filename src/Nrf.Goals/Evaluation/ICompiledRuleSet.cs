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
    /// Judges every goal as <see cref="Evaluate(ValuesDocument)"/> does, writing only what <paramref name="detail"/> asks
    /// for; statuses, reasons and the verdict are the same whatever the detail.
    /// </summary>
    EvaluationResult Evaluate(ValuesDocument values, EvaluationDetail detail) => Evaluate(values);

    /// <summary>
    /// Evaluates many documents — e.g. every municipality over many years — spread over the machine's cores. Result
    /// <c>i</c> is what <see cref="Evaluate(ValuesDocument)"/> gives for <c>documents[i]</c>, whatever the number of threads.
    /// </summary>
    /// <param name="documents">The values documents, each for this rule set.</param>
    /// <param name="maxDegreeOfParallelism">At most this many threads; -1 (the default) for one per core, 1 for the calling thread only.</param>
    /// <param name="detail">What each result carries besides statuses (see <see cref="EvaluationDetail"/>).</param>
    /// <exception cref="AggregateException">On several threads, a document could not be evaluated; its exception is inside (on one thread it is thrown as is).</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(IReadOnlyList<ValuesDocument> documents, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new EvaluationResult[documents.Count];
        EvaluateMany(documents, (i, result) => results[i] = result, maxDegreeOfParallelism, detail);
        return results;
    }

    /// <summary>
    /// Evaluates many documents spread over the machine's cores and hands each result to <paramref name="onResult"/>
    /// with its document's index, without keeping them: for batches that write or count results as they come, so that
    /// memory does not grow with the batch. <paramref name="onResult"/> is called from several threads at once and in
    /// no particular order; the result for index <c>i</c> is what <see cref="Evaluate(ValuesDocument)"/> gives for <c>documents[i]</c>.
    /// </summary>
    /// <param name="documents">The values documents, each for this rule set.</param>
    /// <param name="onResult">Receives each document's index and result; must be thread-safe.</param>
    /// <param name="maxDegreeOfParallelism">At most this many threads; -1 (the default) for one per core, 1 for the calling thread only (then in document order).</param>
    /// <param name="detail">What each result carries besides statuses (see <see cref="EvaluationDetail"/>).</param>
    /// <exception cref="AggregateException">On several threads, a document could not be evaluated; its exception is inside (on one thread it is thrown as is).</exception>
    void EvaluateMany(IReadOnlyList<ValuesDocument> documents, Action<int, EvaluationResult> onResult, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(onResult);
        ArgumentOutOfRangeException.ThrowIfZero(maxDegreeOfParallelism);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, -1);
        if (maxDegreeOfParallelism == 1 || documents.Count < 2)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                onResult(i, Evaluate(documents[i], detail));
            }

            return;
        }

        // Contiguous ranges, a few per core: far fewer hand-offs than one per document, and still balanced.
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var rangeSize = Math.Max(1, documents.Count / (4 * Environment.ProcessorCount));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, documents.Count, rangeSize), options, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                onResult(i, Evaluate(documents[i], detail));
            }
        });
    }
}
