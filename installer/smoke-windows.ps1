# The smoke tests of installer/build-windows.sh, on real Windows (.github/workflows/windows.yml):
# the frozen program; a silent install of the older version with a desktop shortcut; user data;
# the silent upgrade (database and settings byte-identical, no old file left); the upgraded
# program, also on the kept database; the console twin (PohangTrackerCmd.exe: status --json and
# verify, output and exit code); the silent uninstall (only the data folder left); an
# uninstall with /REMOVEDATA (the data folder gone).  Exit code 0 only when all passed.
#
# NOT RUN on the development machine (it has no Windows): written to match build-windows.sh.
#   pwsh installer/smoke-windows.ps1 -Version 0.1.0
param(
    [Parameter(Mandatory = $true)] [string] $Version,
    [string] $Dist = "installer\dist",
    [string] $Previous = "installer\build\previous\PohangTracker-0.0.0-win64.exe"
)
$ErrorActionPreference = "Stop"
$Installer = Join-Path $Dist "PohangTracker-$Version-win64.exe"
$Frozen = Join-Path $Dist "PohangTracker\PohangTracker.exe"
$InstDir = Join-Path $env:LOCALAPPDATA "Programs\PohangTracker"
$Exe = Join-Path $InstDir "PohangTracker.exe"
$Data = Join-Path $env:APPDATA "Pohang City"
$Db = Join-Path $Data "PohangAITracker\tracker.sqlite"
$Ini = Join-Path $Data "PohangAITracker.ini"
$Log = Join-Path $Data "PohangAITracker\logs\tracker.log"
$Key = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\PohangTracker"
$StartMenu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs"
$Desktop = [Environment]::GetFolderPath("Desktop")

function Fail([string] $message) {
    Write-Host "smoke-windows: FAILED: $message"
    exit 1
}

function Run([string] $file, [string] $arguments) {
    # a windowed program: Start-Process -Wait gives its exit code
    $process = Start-Process -FilePath $file -ArgumentList $arguments -Wait -PassThru
    return $process.ExitCode
}

function Smoke([string] $label, [string] $exe, [string] $log, [string] $extra = "") {
    $before = if (Test-Path $log) { (Get-Item $log).Length } else { 0 }
    $arguments = "--smoke-test $extra"
    if ($log -ne $script:Log) { $arguments += " --log `"$log`"" }
    $code = Run $exe $arguments
    $text = if (Test-Path $log) { [IO.File]::ReadAllText($log).Substring($before) } else { "" }
    Write-Host $text
    if ($code -ne 0) { Fail "smoke test of the $label program: exit code $code" }
    if ($text -notmatch "smoke test: ok") { Fail "smoke test of the $label program: no 'smoke test: ok' in $log" }
}

function Shortcuts([string] $folder) {
    # the shortcuts in $folder that start our program
    $shell = New-Object -ComObject WScript.Shell
    Get-ChildItem -Path $folder -Filter *.lnk -ErrorAction SilentlyContinue |
        Where-Object { $shell.CreateShortcut($_.FullName).TargetPath -eq $Exe }
}

function ExpectInstalled([string] $version) {
    if (-not (Test-Path $Exe)) { Fail "not installed in $InstDir" }
    $entry = Get-ItemProperty -Path $Key
    if ($entry.DisplayVersion -ne $version) { Fail "uninstall entry: DisplayVersion $($entry.DisplayVersion), expected $version" }
    if ($entry.EstimatedSize -lt 10000) { Fail "uninstall entry: EstimatedSize $($entry.EstimatedSize) KB" }
    if (-not (Shortcuts $StartMenu)) { Fail "no Start-menu shortcut" }
    Write-Host "installed $version in $InstDir, $([int]($entry.EstimatedSize / 1024)) MB"
}

function Uninstall([string] $arguments) {
    # the uninstaller starts a copy of itself from %TEMP% and returns: wait for the folder to go
    Run (Join-Path $InstDir "uninstall.exe") $arguments | Out-Null
    for ($i = 0; $i -lt 120 -and (Test-Path $InstDir); $i++) { Start-Sleep -Seconds 1 }
    if (Test-Path $InstDir) { Fail "uninstall left $InstDir" }
}

$log = Join-Path $(if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }) "frozen.log"
Smoke "frozen" $Frozen $log

if ((Run $Previous "/S /DESKTOPSHORTCUT") -ne 0) { Fail "install of 0.0.0" }
ExpectInstalled "0.0.0"
if (-not (Shortcuts $Desktop)) { Fail "no desktop shortcut although /DESKTOPSHORTCUT" }
Smoke "installed" $Exe $Log

if ((Run $Exe "example-data") -ne 0 -or -not (Test-Path $Db)) { Fail "the installed program made no database" }
Set-Content -Path $Ini -Value "[ui]`r`nlanguage=en`r`nmoney_unit=THOUSAND" -Encoding ascii
Set-Content -Path (Join-Path $InstDir "_internal\left-by-0.0.0.txt") -Value "stale"
$hashes = @((Get-FileHash $Db).Hash, (Get-FileHash $Ini).Hash)

if ((Run $Installer "/S") -ne 0) { Fail "upgrade to $Version" }
ExpectInstalled $Version
if (Test-Path (Join-Path $InstDir "_internal\left-by-0.0.0.txt")) { Fail "a file of the old version survived the upgrade" }
if (-not (Shortcuts $Desktop)) { Fail "the upgrade lost the desktop shortcut" }
if ((Get-FileHash $Db).Hash -ne $hashes[0] -or (Get-FileHash $Ini).Hash -ne $hashes[1]) {
    Fail "the upgrade changed the user's database or settings"
}
Smoke "upgraded" $Exe $Log
Smoke "upgraded (kept database)" $Exe $Log "--db `"$Db`""

# the console twin: its output (UTF-8) and exit code reach the caller
$Cmd = Join-Path $InstDir "PohangTrackerCmd.exe"
if (-not (Test-Path $Cmd)) { Fail "no PohangTrackerCmd.exe (the command line) in $InstDir" }
[Console]::OutputEncoding = [Text.Encoding]::UTF8
$out = & $Cmd status --json --db $Db
if ($LASTEXITCODE -ne 0) { Fail "PohangTrackerCmd status --json: exit code $LASTEXITCODE" }
$status = ($out -join "`n") | ConvertFrom-Json
if ($status.project.name_en -ne "Pohang Global AI Computing Center") { Fail "PohangTrackerCmd status --json printed no status of the project" }
$out = & $Cmd verify --db $Db
if ($LASTEXITCODE -ne 0) { Fail "PohangTrackerCmd verify: exit code $LASTEXITCODE" }
Write-Host "command line: $($status.project.name_en); verify exit code 0"

Uninstall "/S"
if (Test-Path $Key) { Fail "uninstall left the uninstall entry" }
if ((Shortcuts $StartMenu) -or (Shortcuts $Desktop)) { Fail "uninstall left a shortcut" }
if (-not ((Test-Path $Db) -and (Test-Path $Ini) -and (Test-Path $Log))) { Fail "uninstall removed the user's data" }
if (Test-Path (Join-Path $env:LOCALAPPDATA "Pohang City")) { Fail "uninstall left the cache folder" }

if ((Run $Previous "/S") -ne 0) { Fail "second install of 0.0.0" }
ExpectInstalled "0.0.0"
Uninstall "/S /REMOVEDATA"
if (Test-Path $Data) { Fail "uninstall /REMOVEDATA left $Data" }

Write-Host "smoke-windows: all smoke tests passed (frozen, installed, upgraded, uninstalled)"
