using Liaison.Core.Data;
using Liaison.Core.Engagement.Content;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Material files kept in a configured folder, by checksum, and refused once altered on disk.</summary>
public sealed class ContentStoreTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_folder_store_keeps_files_by_sha256_and_refuses_a_file_altered_on_disk()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("liaison-content-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ContentStore.FolderSetting] = folder }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).BuildServiceProvider();
        await app.InScope(async sp =>
        {
            var store = new ContentStore(sp.GetRequiredService<LiaisonDbContext>(), services);
            var bytes = "fictional reprint"u8.ToArray();
            var item = new ContentItem { Id = Guid.CreateVersion7(), Sha256 = ContentStore.Checksum(bytes) };
            Assert.Equal(ContentStorage.Folder, await store.PutAsync(item, bytes, CancellationToken.None));
            item.Storage = ContentStorage.Folder;
            var path = Path.Combine(folder, item.Sha256[..2], item.Sha256);
            Assert.True(File.Exists(path));
            Assert.Equal(bytes, await store.GetAsync(item, CancellationToken.None));
            await File.WriteAllTextAsync(path, "tampered");
            Assert.Null(await store.GetAsync(item, CancellationToken.None));
            return true;
        });
        System.IO.Directory.Delete(folder, recursive: true);
    }
}
