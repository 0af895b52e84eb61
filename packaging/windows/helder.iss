; Inno Setup script for Helder on Windows: a per-user install that needs no administrator.
; Built by .github/workflows/package.yml after PyInstaller (packaging/helder.spec) made
; build\bundle\helder; run by hand with:  iscc /DAppVersion=0.1.0 packaging\windows\helder.iss
; Not run on the Linux machine the project is tested on (packaging/README.md says so).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (from reader/__init__.py)
#endif

[Setup]
AppId={{6C1E9B52-2D7F-4C8E-9E55-4C5D0B7B7A11}
AppName=Helder
AppVersion={#AppVersion}
AppPublisher=The Helder developers
; Per user: {autopf} becomes %LOCALAPPDATA%\Programs, the registry root HKCU.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Helder
DefaultGroupName=Helder
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=helder-{#AppVersion}-windows-setup
SetupIconFile=..\..\reader\assets\icons\helder.ico
UninstallDisplayIcon={app}\helder.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\bundle\helder\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Helder"; Filename: "{app}\helder.exe"; Comment: "Toegankelijke nieuwsbrieflezer"
Name: "{autodesktop}\Helder"; Filename: "{app}\helder.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Open .eml and .rss files with Helder (HKA: the current user's classes on a per-user install).
Root: HKA; Subkey: "Software\Classes\Helder.Newsletter"; ValueType: string; ValueName: ""; ValueData: "Newsletter (Helder)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Helder.Newsletter\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\helder.exe,0"
Root: HKA; Subkey: "Software\Classes\Helder.Newsletter\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\helder.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.eml\OpenWithProgids"; ValueType: string; ValueName: "Helder.Newsletter"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rss\OpenWithProgids"; ValueType: string; ValueName: "Helder.Newsletter"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\helder.exe\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\helder.exe\SupportedTypes"; ValueType: string; ValueName: ".rss"; ValueData: ""

[Run]
Filename: "{app}\helder.exe"; Description: "{cm:LaunchProgram,Helder}"; Flags: nowait postinstall skipifsilent
