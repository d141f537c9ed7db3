namespace Liaison.Web.Security;

public static class LiaisonClaims
{
    public const string DisplayName = "liaison:display_name";
}
