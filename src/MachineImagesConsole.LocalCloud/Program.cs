using MachineImagesConsole.LocalCloud.Hosting;

await LocalCloudApp.Create(args).RunAsync();
