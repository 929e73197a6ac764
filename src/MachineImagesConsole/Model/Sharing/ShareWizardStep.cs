namespace MachineImagesConsole.Model.Sharing;

public enum ShareWizardStep
{
    Edit = 0,
    Review = 1,
    Done = 2,
}
