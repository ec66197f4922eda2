using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Nrf.Goals.DependencyInjection;

/// <summary>
/// Watches rule files through <see cref="PhysicalFileProvider"/> change tokens (one provider per folder) and calls back
/// with the full path of a file that changed, for as long as it is not disposed. Polls instead of using file-system
/// events where <c>DOTNET_USE_POLLING_FILE_WATCHER</c> says so (containers, network shares).
/// </summary>
internal sealed class RuleFileWatcher : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public RuleFileWatcher(IEnumerable<string> files, Action<string> changed)
    {
        foreach (var folder in files.GroupBy(Path.GetDirectoryName))
        {
            // ExclusionFilters.None: a rule file named .rules.yaml or marked hidden is watched too.
            var provider = new PhysicalFileProvider(folder.Key!, ExclusionFilters.None);
            _owned.Add(provider);
            foreach (var file in folder)
            {
                var name = Path.GetFileName(file);
                _owned.Add(ChangeToken.OnChange(() => provider.Watch(name), () => changed(file)));
            }
        }
    }

    public void Dispose() => _owned.ForEach(o => o.Dispose());
}
