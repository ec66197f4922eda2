using Nrf.Goals.Results;
using Nrf.Goals.Values;

namespace Nrf.Goals.Evaluation;

/// <summary>Batch evaluation that a <see cref="CancellationToken"/> can stop: a request aborted, a host shutting down.</summary>
public static class CompiledRuleSetCancellation
{
    /// <summary>
    /// Evaluates many documents as <see cref="ICompiledRuleSet.EvaluateMany(IReadOnlyList{ValuesDocument}, int, EvaluationDetail)"/>
    /// does, and stops when <paramref name="cancellationToken"/> is cancelled: each thread finishes the document it is
    /// evaluating, no further one is started, and <see cref="OperationCanceledException"/> is thrown instead of results.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<EvaluationResult> EvaluateMany(
        this ICompiledRuleSet compiled, IReadOnlyList<ValuesDocument> documents, CancellationToken cancellationToken, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new EvaluationResult[documents.Count];
        compiled.EvaluateMany(documents, (i, result) => results[i] = result, cancellationToken, maxDegreeOfParallelism, detail);
        return results;
    }

    /// <summary>
    /// Evaluates many documents as <see cref="ICompiledRuleSet.EvaluateMany(IReadOnlyList{ValuesDocument}, Action{int, EvaluationResult}, int, EvaluationDetail)"/>
    /// does, and stops when <paramref name="cancellationToken"/> is cancelled: <paramref name="onResult"/> is not called
    /// again, each thread finishes the document it is evaluating, and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void EvaluateMany(
        this ICompiledRuleSet compiled, IReadOnlyList<ValuesDocument> documents, Action<int, EvaluationResult> onResult, CancellationToken cancellationToken, int maxDegreeOfParallelism = -1, EvaluationDetail detail = EvaluationDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(onResult);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // Checked after each document, on whichever thread: throwing from the callback ends that thread's range,
            // and Parallel.ForEach starts no range after the first exception.
            compiled.EvaluateMany(documents, (i, result) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                onResult(i, result);
            }, maxDegreeOfParallelism, detail);
        }
        catch (AggregateException e) when (cancellationToken.IsCancellationRequested && e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
