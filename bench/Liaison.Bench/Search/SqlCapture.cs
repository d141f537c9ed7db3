using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Bench.Search;

/// <summary>
/// Records the SQL statements EF Core runs in this process (its diagnostic events) while recording is on, with their
/// parameters: the benchmark runs the very statements an API search ran, directly on a connection of its own.
/// </summary>
internal sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)
    {
        public double ReadMs { get; set; }

        /// <summary>From sending the statement to its first result, in the app.</summary>
        public double ExecuteMs { get; init; }
    }

    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _gate = new();
    private List<Statement>? _recording;

    public SqlCapture() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Starts recording; <see cref="Stop"/> returns what ran since, keeping statements <paramref name="keep"/> accepts.</summary>
    public void Start() { lock (_gate) _recording = []; }

    public List<Statement> Stop(Func<string, bool> keep)
    {
        lock (_gate)
        {
            var recorded = _recording ?? [];
            _recording = null;
            return recorded.Where(s => keep(s.Sql)).ToList();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        // Only the two events it reads: every enabled event costs EF work inside the timed requests. Enabled whether
        // recording or not: EF stops asking for a while when no listener wants its command events, and then missed some
        // of the statements of the next recording.
        if (listener.Name == DbLoggerCategory.Name)
            _subscriptions.Add(listener.Subscribe(this, e => e == RelationalEventId.CommandExecuted.Name || e == RelationalEventId.DataReaderDisposing.Name));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.DataReaderDisposing.Name && e.Value is DataReaderDisposingEventData d)
        {
            lock (_gate)
                if (_recording?.LastOrDefault(s => s.Sql == d.Command.CommandText) is { } st) st.ReadMs = d.Duration.TotalMilliseconds;
            return;
        }
        if (e.Key != RelationalEventId.CommandExecuted.Name || e.Value is not CommandExecutedEventData { Command: DbCommand command }) return;
        lock (_gate)
            _recording?.Add(new Statement(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList())
            { ExecuteMs = ((CommandExecutedEventData)e.Value).Duration.TotalMilliseconds });
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }
}
