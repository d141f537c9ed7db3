using Liaison.Core.Common;

namespace Liaison.Tests.Common;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(1, 50, 0)]
    [InlineData(3, 200, 400)]
    [InlineData(10_737_419, 200, 2_147_483_600)]
    [InlineData(10_737_420, 200, int.MaxValue)]
    [InlineData(int.MaxValue, 200, int.MaxValue)]
    [InlineData(int.MaxValue, 1, int.MaxValue - 1)]
    public void Rows_before_a_page_never_wrap_round(int page, int pageSize, int skip) =>
        Assert.Equal(skip, new PageRequest(page, pageSize).Skip);
}
