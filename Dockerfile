# Machine Images Console: multi-stage build (SDK → ASP.NET runtime), runs as the non-root "app" user on port 8080.
#   docker build -t machine-images-console .
#   docker run -p 8080:8080 -p 5081:5081 -v mic-data:/app/data machine-images-console        # LocalCloud demo
#   docker run -p 8080:8080 -v mic-data:/app/data \
#     -e Console__Mode=Google -e Console__PublicUrl=https://console.example.com \
#     -e Console__Authentication__Google__ClientId=... -e Console__Authentication__Google__ClientSecret=... \
#     machine-images-console                                                                  # Google
# See docs/configuration.md for every setting.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first (cached while only sources change).
COPY Directory.Build.props Directory.Packages.props ./
COPY src/MachineImagesConsole/MachineImagesConsole.csproj src/MachineImagesConsole/
COPY src/MachineImagesConsole.Compute/MachineImagesConsole.Compute.csproj src/MachineImagesConsole.Compute/
COPY src/MachineImagesConsole.LocalCloud/MachineImagesConsole.LocalCloud.csproj src/MachineImagesConsole.LocalCloud/
RUN dotnet restore src/MachineImagesConsole/MachineImagesConsole.csproj
COPY appsettings.json ./
COPY wwwroot/ wwwroot/
COPY src/ src/
RUN dotnet publish src/MachineImagesConsole/MachineImagesConsole.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
# The data folder (database, data-protection keys, LocalCloud's store) belongs to the unprivileged user.
RUN mkdir -p /app/data && chown app:app /app/data
# LocalCloud mode (the default) also serves LocalCloud's sign-in page to the browser: publish 5081 too
# (docker run -p 8080:8080 -p 5081:5081 ...). Google mode ignores the LocalCloud settings.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Console__DataDirectory=/app/data \
    LocalCloud__Urls=http://0.0.0.0:5081 \
    LocalCloud__PublicOrigin=http://localhost:5081
VOLUME /app/data
EXPOSE 8080 5081
USER app
ENTRYPOINT ["dotnet", "MachineImagesConsole.dll"]
