using System.CommandLine;
using Liaison.Cli;
using Liaison.Cli.Commands;

var root = new RootCommand("""
    Liaison: the Medical Affairs field platform. Every command works on the workspace that configuration names
    (Database__Provider = Sqlite|Postgres, ConnectionStrings__Liaison); the default is data/liaison.db here.
    """);
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (WorkspaceUnreachable.Describe(e) is { } why)
{
    // With --json still one JSON value on stdout, as every command promises.
    if (args.Contains("--json")) Output.WriteJson(new { error = why });
    return Output.Fail(why);
}
catch (Exception e)
{
    // As System.CommandLine's own handler did: the exception on stderr, exit 1.
    Console.Error.WriteLine($"Unhandled exception: {e}");
    return 1;
}
