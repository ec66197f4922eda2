using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Nrf.Goals.Kolada;

/// <summary>Registers <see cref="KoladaClient"/> with its HttpClient and resilience handler.</summary>
public static class KoladaServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the factory hands <see cref="KoladaClient"/>.</summary>
    internal const string HttpClientName = "Nrf.Goals.Kolada";

    /// <summary>
    /// Registers <see cref="KoladaClient"/> (a singleton) on a named HttpClient with the standard resilience handler set
    /// from <see cref="KoladaOptions"/> (bound like any options: <paramref name="configure"/>, or
    /// <c>services.Configure&lt;KoladaOptions&gt;(section)</c>).
    /// </summary>
    /// <returns>The HttpClient's builder, for further handlers.</returns>
    public static IHttpClientBuilder AddKolada(this IServiceCollection services, Action<KoladaOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KoladaOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var builder = services.AddHttpClient(HttpClientName).ConfigureHttpClient((provider, http) =>
        {
            var o = Options(provider);

            // The resilience handler bounds each try and all of them; this bounds reading the body too, which happens after it.
            http.Timeout = o.TotalTimeout + o.AttemptTimeout;
            http.MaxResponseContentBufferSize = KoladaTransport.MaxPageBytes;
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Nrf.Goals.Kolada", typeof(KoladaClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
        });
        builder.AddStandardResilienceHandler().Configure((resilience, provider) => KoladaResilience.Apply(resilience, Options(provider)));
        services.TryAddSingleton(provider => new KoladaClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), Options(provider), provider.GetService<TimeProvider>()));
        return builder;
    }

    private static KoladaOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<KoladaOptions>>().Value.Checked();
}
