using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nrf.Goals.Kolada.Tests.Server;

/// <summary>
/// A stand-in for Kolada: Kestrel on 127.0.0.1 at a free port, serving recorded answers (Responses/) by path under
/// <c>/v2</c>. Each route answers its replies in turn, repeating the last; a route with none answers 404. Every request
/// is logged with its time, so tests can count tries and measure waits.
/// </summary>
internal sealed class RecordedKolada : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Queue<Reply>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> _log = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _stopped;

    private RecordedKolada(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The API's base address on this server, <c>http://127.0.0.1:port/v2</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<RecordedKolada> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new RecordedKolada(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/v2");
        return server;
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> (under /v2, e.g. <c>/municipality/1442</c>) with <paramref name="replies"/> in turn.</summary>
    public RecordedKolada Answer(string pathAndQuery, params Reply[] replies)
    {
        _routes[pathAndQuery] = new Queue<Reply>(replies);
        return this;
    }

    /// <summary>How many requests reached <paramref name="pathAndQuery"/>.</summary>
    public int Count(string pathAndQuery) => _log.Count(r => r.Path == pathAndQuery);

    /// <summary>When each request to <paramref name="pathAndQuery"/> arrived, since the server started.</summary>
    public IReadOnlyList<TimeSpan> Times(string pathAndQuery) => _log.Where(r => r.Path == pathAndQuery).Select(r => r.At).ToList();

    /// <summary>Every request, in order.</summary>
    public IReadOnlyList<string> Requests => _log.Select(r => r.Path).ToList();

    /// <summary>A recorded answer's text, with <c>{base}</c> replaced by this server's base address.</summary>
    public string Recorded(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", file), Encoding.UTF8).Replace("{base}", BaseAddress.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal);

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var route = (path.StartsWith("/v2", StringComparison.Ordinal) ? path[3..] : path) + context.Request.QueryString.Value;
        _log.Enqueue((route, _clock.Elapsed));
        Reply reply;
        if (!_routes.TryGetValue(route, out var replies))
        {
            reply = Reply.Body("{\"error\": \"no recorded answer\"}", 404);
        }
        else
        {
            lock (replies)
            {
                reply = replies.Count > 1 ? replies.Dequeue() : replies.Peek();
            }
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var text = reply.File is null ? reply.Text ?? string.Empty : Recorded(reply.File);
        if (reply.CutAt is { } cut)
        {
            text = text[..cut];
        }

        var body = Encoding.UTF8.GetBytes(text);
        context.Response.ContentType = "application/json; charset=utf-8";
        if (reply.BreakOff)
        {
            context.Response.ContentLength = body.Length * 2L;
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }
}
