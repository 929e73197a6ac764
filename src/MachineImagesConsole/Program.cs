using MachineImagesConsole.Hosting;

return await ConsoleHost.RunAsync(args);
