; Inno Setup 6 script for QuickReply (快捷回复): a per-user install, no administrator rights.
;
;   pyinstaller --noconfirm --distpath dist --workpath build installer\quickreply.spec
;   iscc /DAppVersion=0.1.0 installer\quickreply.iss       -> dist\QuickReply-0.1.0-setup.exe
;
; It expects the PyInstaller one-folder build in dist\QuickReply (QuickReply.exe windowed, quickreply-cli.exe console).
; Chinese: Inno Setup ships ChineseSimplified.isl only among its *unofficial* translations (not in the installer's
; Languages folder). Put it next to this script as installer\ChineseSimplified.isl, or into Inno's Languages folder; the
; CI workflow fetches it from https://github.com/jrsoftware/issrc/blob/main/Files/Languages/Unofficial/ChineseSimplified.isl
; Without it the setup is built in English only, with a warning. Our own strings are in [CustomMessages] below.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "QuickReply"
#define AppExe "QuickReply.exe"
#define Dist AddBackslash(SourcePath) + "..\dist\QuickReply"

#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: building an English-only setup (see the top of this file)"
#endif

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
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=快捷回复
chinesesimplified.TaskAutostart=开机时自动启动快捷回复(&S)
chinesesimplified.TaskDesktop=在桌面创建快捷方式(&D)
chinesesimplified.TaskGroup=其他选项：
chinesesimplified.LaunchNow=立即启动快捷回复
chinesesimplified.DeleteLibrary=要同时删除您的回复库吗？%n%n它在 %1，里面有您自己的回复、收藏和运费表。%n选“否”会保留它，重新安装后还能继续用。
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
