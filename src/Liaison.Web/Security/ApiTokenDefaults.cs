namespace Liaison.Web.Security;

public static class ApiTokenDefaults
{
    public const string Scheme = "Bearer";
}
