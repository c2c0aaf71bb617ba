# syntax=docker/dockerfile:1
# CaseFlow Host: REST API, web app, workflow engine and message consumers in one process.
#
#   docker build -t caseflow .
#   docker run --rm -p 8080:8080 \
#     -e Auth__Mode=Oidc -e Auth__Oidc__Authority=https://login.example.org/realms/jobcenter \
#     caseflow                                 # SQLite in /app/data, in-memory bus
#
# The image runs as Production: without Auth__Mode=Oidc and its authority it refuses to start
# (development sign-in exists only in Development, docs/authentication.md).
#
# docker-compose.yml runs two of these behind nginx, on PostgreSQL and RabbitMQ.

# --- web app (designer and task inbox, src/Designer) -------------------------
FROM node:20-bookworm-slim AS web
WORKDIR /src/src/Designer
COPY src/Designer/package.json src/Designer/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/Designer/ ./
# vite writes to ../Host/wwwroot, i.e. /src/src/Host/wwwroot
RUN npm run build

# --- build -----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src

# Restore first, from the project files alone, so that the restore layer is
# reused while only source files change.
COPY .editorconfig global.json Directory.Build.props Directory.Packages.props ./
COPY src/Workflows/CaseFlow.Workflows.csproj src/Workflows/
COPY src/Host/CaseFlow.Host.csproj src/Host/
RUN dotnet restore src/Host/CaseFlow.Host.csproj

COPY src/Workflows/ src/Workflows/
COPY src/Host/ src/Host/
COPY --from=web /src/src/Host/wwwroot/ src/Host/wwwroot/
# The shipped BPMN files, copied next to the Host assembly (workflows/*.bpmn).
COPY workflows/ workflows/
# The web app was built in the stage above: the Host's npm target is skipped here.
RUN dotnet publish src/Host/CaseFlow.Host.csproj -c Release -o /app --no-restore /p:UseAppHost=false /p:SkipWebAppBuild=true

# --- runtime ---------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    MASSTRANSIT_USAGE_TELEMETRY=false
WORKDIR /app
COPY --from=build /app ./
# SQLite (the default provider) writes to /app/data; the image's non-root
# user `app` ($APP_UID) must own it.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "CaseFlow.Host.dll"]
