namespace MachineImagesConsole.Model.Dashboards;

/// <summary>How to create a resource again: the gcloud command and the REST request (method, URL, JSON body).</summary>
public sealed record EquivalentCommand(string Gcloud, string RestMethod, string RestUrl, string RestBody)
{
    /// <summary>The REST request as one copyable block.</summary>
    public string Rest => RestMethod + " " + RestUrl + "\n\n" + RestBody;
}
