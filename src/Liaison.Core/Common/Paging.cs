using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Common;

/// <summary>A page of a list, one-based.</summary>
public sealed record PageRequest
{
    public const int MaxPageSize = 200;

    [Range(1, int.MaxValue)]
    public int Page { get; init; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 50;

    public int Skip => (Page - 1) * PageSize;
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .ToListAsync(query.Skip(page.Skip).Take(page.PageSize), ct);
        return new Paged<T>(items, total, page.Page, page.PageSize);
    }
}
