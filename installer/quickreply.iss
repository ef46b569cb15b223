; Inno Setup 6 script for QuickReply (快捷回复): a per-user install, no administrator rights.
;
;   pyinstaller --noconfirm --distpath dist --workpath build installer\quickreply.spec
;   iscc /DAppVersion=0.1.0 installer\quickreply.iss       -> dist\QuickReply-0.1.0-setup.exe
;
; It expects the PyInstaller one-folder build in dist\QuickReply (QuickReply.exe windowed, quickreply-cli.exe console).
; The setup speaks Chinese first: installer\ChineseSimplified.isl is our own Chinese messages file (every message of
; Inno Setup 6's Default.isl, plus our own [CustomMessages]), so the script builds with nothing downloaded. English, from
; the compiler's own Default.isl, is the second language; its [CustomMessages] are below.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "QuickReply"
#define AppExe "QuickReply.exe"
#define Dist AddBackslash(SourcePath) + "..\dist\QuickReply"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0C6E0B-4C55-4F1E-9B55-51A7A1E0C0DE}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=QuickReply
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: an agent on a locked-down shop PC can install it herself.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\QuickReply
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#SourcePath}\..\dist
OutputBaseFilename=QuickReply-{#AppVersion}-setup
SetupIconFile={#SourcePath}\..\resources\icons\quickreply.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} 快捷回复
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The tray app may be running during an upgrade or uninstall: ask Windows' Restart Manager to close it.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; A MessagesFile without "compiler:" is found relative to this script.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; The Chinese ones are in ChineseSimplified.isl.
english.AppTitle=QuickReply
english.TaskAutostart=&Start QuickReply when I sign in to Windows
english.TaskDesktop=Create a &desktop shortcut
english.TaskGroup=Additional options:
english.LaunchNow=Start QuickReply now
english.DeleteLibrary=Also delete your reply library?%n%nIt is in %1 and holds your own replies, favourites and fee tables.%nChoose No to keep it for a later installation.

[Tasks]
Name: "autostart"; Description: "{cm:TaskAutostart}"; GroupDescription: "{cm:TaskGroup}"
Name: "desktopicon"; Description: "{cm:TaskDesktop}"; GroupDescription: "{cm:TaskGroup}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The same value the app's own setting (设置… → 开机启动) writes (quickreply/desktop/autostart.py: RUN_VALUE), so the
; two agree; removed on uninstall.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "QuickReply"; \
    ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueName: "QuickReply"; \
    Flags: dontcreatekey uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may hold; the library lives elsewhere (see [Code]).
Type: filesandordirs; Name: "{app}"

[Code]
// The library (library.db, backups, logs) is in %LOCALAPPDATA%\QuickReply (platformdirs), never in {app}. It is kept
// unless the agent answers Yes; the default button is No, and a silent uninstall always keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Library: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Library := ExpandConstant('{localappdata}\QuickReply');
    if DirExists(Library) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteLibrary'), [Library]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Library, True, True, True);
  end;
end;
