using System.CommandLine;
using Liaison.Cli.Commands;

var root = new RootCommand("""
    Liaison: the Medical Affairs field platform. Every command works on the workspace that configuration names
    (Database__Provider = Sqlite|Postgres, ConnectionStrings__Liaison); the default is data/liaison.db here.
    """);
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
