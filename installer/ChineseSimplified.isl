; 快捷回复（QuickReply）自己的 Inno Setup 6 简体中文消息文件，由本项目用自己的话写成，键与 Inno Setup 6.4 的 Default.isl 一一对应。
; 保存为带 BOM 的 UTF-8（Inno Setup 6 据此按 Unicode 读取）。占位符 %1、%2…、%n（换行）和 [name] 等与英文原文一致，不可删改。
; tests/installer/test_chinese_messages.py 检查这一点。

[LangOptions]
LanguageName=简体中文
LanguageID=$0804
LanguageCodePage=936

[Messages]

SetupAppTitle=安装
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=卸载 %1

InformationTitle=提示
ConfirmTitle=请确认
ErrorTitle=出错了

SetupLdrStartupMessage=即将安装 %1，要继续吗？
LdrCannotCreateTemp=无法创建临时文件，安装已停止。
LdrCannotExecTemp=无法运行临时文件夹里的文件，安装已停止。
HelpTextNote=

LastErrorMessage=%1。%n%n错误 %2：%3
SetupFileMissing=安装文件夹里缺少文件 %1。请排除问题，或重新获取一份完整的安装程序。
SetupFileCorrupt=安装文件已损坏，请重新获取一份安装程序。
SetupFileCorruptOrWrongVer=安装文件已损坏，或与此版本的安装程序不匹配。请排除问题，或重新获取一份安装程序。
InvalidParameter=命令行里有无效的参数：%n%n%1
SetupAlreadyRunning=安装程序已经在运行了。
WindowsVersionNotSupported=本程序不支持您电脑上的 Windows 版本。
WindowsServicePackRequired=本程序需要 %1 Service Pack %2 或更新版本。
NotOnThisPlatform=本程序不能在 %1 上运行。
OnlyOnThisPlatform=本程序只能在 %1 上运行。
OnlyOnTheseArchitectures=本程序只能安装在为以下处理器架构设计的 Windows 上：%n%n%1
WinVersionTooLowError=本程序需要 %1 %2 或更新版本。
WinVersionTooHighError=本程序不能安装在 %1 %2 或更新版本上。
AdminPrivilegesRequired=安装本程序需要以管理员身份登录。
PowerUserPrivilegesRequired=安装本程序需要以管理员或 Power Users 组成员的身份登录。
SetupAppRunningError=安装程序发现 %1 正在运行。%n%n请先把它全部关闭，再点“确定”继续；点“取消”退出。
UninstallAppRunningError=卸载程序发现 %1 正在运行。%n%n请先把它全部关闭，再点“确定”继续；点“取消”退出。

PrivilegesRequiredOverrideTitle=选择安装方式
PrivilegesRequiredOverrideInstruction=请选择安装方式
PrivilegesRequiredOverrideText1=%1 可以为这台电脑的所有用户安装（需要管理员权限），也可以只为您自己安装。
PrivilegesRequiredOverrideText2=%1 可以只为您自己安装，也可以为这台电脑的所有用户安装（需要管理员权限）。
PrivilegesRequiredOverrideAllUsers=为所有用户安装(&A)
PrivilegesRequiredOverrideAllUsersRecommended=为所有用户安装（推荐）(&A)
PrivilegesRequiredOverrideCurrentUser=只为我安装(&M)
PrivilegesRequiredOverrideCurrentUserRecommended=只为我安装（推荐）(&M)

ErrorCreatingDir=安装程序无法创建文件夹“%1”
ErrorTooManyFilesInDir=文件夹“%1”里的文件太多，无法再在其中创建文件

ExitSetupTitle=退出安装
ExitSetupMessage=安装还没有完成。现在退出，程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n确定要退出吗？
AboutSetupMenuItem=关于安装程序(&A)...
AboutSetupTitle=关于安装程序
AboutSetupMessage=%1 版本 %2%n%3%n%n%1 主页：%n%4
AboutSetupNote=
TranslatorNote=简体中文消息由快捷回复项目编写。

ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonYesToAll=全部选是(&A)
ButtonNo=否(&N)
ButtonNoToAll=全部选否(&O)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&B)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)

SelectLanguageTitle=选择安装语言
SelectLanguageLabel=请选择安装过程中使用的语言。

ClickNext=点“下一步”继续，点“取消”退出安装。
BeveledLabel=
BrowseDialogTitle=选择文件夹
BrowseDialogLabel=请在下面的列表中选一个文件夹，然后点“确定”。
NewFolderName=新建文件夹

WelcomeLabel1=欢迎使用 [name] 安装向导
WelcomeLabel2=向导将在您的电脑上安装 [name/ver]。%n%n建议您先关闭其他正在运行的程序，再继续。

WizardPassword=密码
PasswordLabel1=这个安装程序设有密码。
PasswordLabel3=请输入密码，然后点“下一步”继续。密码区分大小写。
PasswordEditLabel=密码(&P)：
IncorrectPassword=密码不对，请再试一次。

WizardLicense=许可协议
LicenseLabel=继续之前，请阅读下面的重要信息。
LicenseLabel3=请阅读下面的许可协议。您需要同意协议中的条款才能继续安装。
LicenseAccepted=我同意此协议(&A)
LicenseNotAccepted=我不同意此协议(&D)

WizardInfoBefore=信息
InfoBeforeLabel=继续之前，请阅读下面的重要信息。
InfoBeforeClickLabel=准备好继续安装后，请点“下一步”。
WizardInfoAfter=信息
InfoAfterLabel=继续之前，请阅读下面的重要信息。
InfoAfterClickLabel=准备好继续后，请点“下一步”。

WizardUserInfo=用户信息
UserInfoDesc=请填写您的信息。
UserInfoName=用户名(&U)：
UserInfoOrg=单位(&O)：
UserInfoSerial=序列号(&S)：
UserInfoNameRequired=请填写用户名。

WizardSelectDir=选择安装位置
SelectDirDesc=要把 [name] 安装到哪里？
SelectDirLabel3=安装程序会把 [name] 安装到下面的文件夹。
SelectDirBrowseLabel=点“下一步”继续。如果想换一个文件夹，请点“浏览”。
DiskSpaceGBLabel=至少需要 [gb] GB 的可用磁盘空间。
DiskSpaceMBLabel=至少需要 [mb] MB 的可用磁盘空间。
CannotInstallToNetworkDrive=不能安装到网络驱动器上。
CannotInstallToUNCPath=不能安装到 UNC 路径上。
InvalidPath=请填写带盘符的完整路径，例如：%n%nC:\APP%n%n或者如下形式的 UNC 路径：%n%n\\server\share
InvalidDrive=您选的驱动器或 UNC 共享不存在或无法访问，请另选一个。
DiskSpaceWarningTitle=磁盘空间不足
DiskSpaceWarning=安装至少需要 %1 KB 的可用空间，但所选驱动器只有 %2 KB 可用。%n%n仍然要继续吗？
DirNameTooLong=文件夹名称或路径太长了。
InvalidDirName=文件夹名称无效。
BadDirName32=文件夹名称不能包含以下字符：%n%n%1
DirExistsTitle=文件夹已存在
DirExists=文件夹：%n%n%1%n%n已经存在。仍然要安装到这个文件夹吗？
DirDoesntExistTitle=文件夹不存在
DirDoesntExist=文件夹：%n%n%1%n%n不存在。要创建这个文件夹吗？

WizardSelectComponents=选择组件
SelectComponentsDesc=要安装哪些组件？
SelectComponentsLabel2=勾选要安装的组件，取消勾选不想安装的组件。准备好后请点“下一步”。
FullInstallation=完整安装
CompactInstallation=精简安装
CustomInstallation=自定义安装
NoUninstallWarningTitle=组件已存在
NoUninstallWarning=安装程序发现您的电脑上已经装有以下组件：%n%n%1%n%n取消勾选并不会卸载它们。%n%n仍然要继续吗？
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=当前所选至少需要 [gb] GB 的磁盘空间。
ComponentsDiskSpaceMBLabel=当前所选至少需要 [mb] MB 的磁盘空间。

WizardSelectTasks=选择附加任务
SelectTasksDesc=还要做哪些附加任务？
SelectTasksLabel2=请选择安装 [name] 时要一并完成的附加任务，然后点“下一步”。

WizardSelectProgramGroup=选择开始菜单文件夹
SelectStartMenuFolderDesc=要把程序的快捷方式放在哪里？
SelectStartMenuFolderLabel3=安装程序会在下面的开始菜单文件夹中创建程序的快捷方式。
SelectStartMenuFolderBrowseLabel=点“下一步”继续。如果想换一个文件夹，请点“浏览”。
MustEnterGroupName=请填写文件夹名称。
GroupNameTooLong=文件夹名称或路径太长了。
InvalidGroupName=文件夹名称无效。
BadGroupName=文件夹名称不能包含以下字符：%n%n%1
NoProgramGroupCheck2=不创建开始菜单文件夹(&D)

WizardReady=准备安装
ReadyLabel1=一切就绪，可以开始在您的电脑上安装 [name] 了。
ReadyLabel2a=点“安装”开始安装；如果想查看或修改设置，请点“上一步”。
ReadyLabel2b=点“安装”开始安装。
ReadyMemoUserInfo=用户信息：
ReadyMemoDir=安装位置：
ReadyMemoType=安装类型：
ReadyMemoComponents=所选组件：
ReadyMemoGroup=开始菜单文件夹：
ReadyMemoTasks=附加任务：

DownloadingLabel=正在下载附加文件...
ButtonStopDownload=停止下载(&S)
StopDownload=确定要停止下载吗？
ErrorDownloadAborted=下载已停止
ErrorDownloadFailed=下载失败：%1 %2
ErrorDownloadSizeFailed=无法获取文件大小：%1 %2
ErrorFileHash1=无法计算文件校验值：%1
ErrorFileHash2=文件校验值不符：应为 %1，实际为 %2
ErrorProgress=进度无效：%1 / %2
ErrorFileSize=文件大小不符：应为 %1，实际为 %2

ExtractionLabel=正在解压附加文件...
ButtonStopExtraction=停止解压(&S)
StopExtraction=确定要停止解压吗？
ErrorExtractionAborted=解压已停止
ErrorExtractionFailed=解压失败：%1

WizardPreparing=准备安装
PreparingDesc=安装程序正在为在您的电脑上安装 [name] 做准备。
PreviousInstallNotCompleted=之前有程序的安装或卸载还没有完成，需要先重启电脑才能完成。%n%n重启电脑后，请再次运行安装程序来完成 [name] 的安装。
CannotContinue=安装无法继续，请点“取消”退出。
ApplicationsFound=以下程序正在使用安装程序需要更新的文件。建议让安装程序自动关闭这些程序。
ApplicationsFound2=以下程序正在使用安装程序需要更新的文件。建议让安装程序自动关闭这些程序。安装完成后，安装程序会尝试重新启动它们。
CloseApplications=自动关闭这些程序(&A)
DontCloseApplications=不关闭这些程序(&D)
ErrorCloseApplications=安装程序没能自动关闭所有程序。建议您先手动关闭正在使用待更新文件的程序，再继续。
PrepareToInstallNeedsRestart=安装程序需要重启您的电脑。重启后，请再次运行安装程序来完成 [name] 的安装。%n%n现在就重启吗？

WizardInstalling=正在安装
InstallingLabel=正在您的电脑上安装 [name]，请稍候。

FinishedHeadingLabel=[name] 安装向导即将完成
FinishedLabelNoIcons=[name] 已经安装到您的电脑上。
FinishedLabel=[name] 已经安装到您的电脑上。您可以通过已创建的快捷方式启动它。
ClickFinish=点“完成”退出安装程序。
FinishedRestartLabel=要完成 [name] 的安装，需要重启您的电脑。现在就重启吗？
FinishedRestartMessage=要完成 [name] 的安装，需要重启您的电脑。%n%n现在就重启吗？
ShowReadmeCheck=是的，我想查看自述文件
YesRadio=是，现在重启电脑(&Y)
NoRadio=否，我稍后自己重启(&N)
RunEntryExec=运行 %1
RunEntryShellExec=查看 %1

ChangeDiskTitle=需要下一张磁盘
SelectDiskLabel2=请放入第 %1 张磁盘，然后点“确定”。%n%n如果这张磁盘上的文件在下面显示的文件夹以外的位置，请填写正确的路径，或点“浏览”。
PathLabel=路径(&P)：
FileNotInDir2=在“%2”中找不到文件“%1”。请放入正确的磁盘，或另选一个文件夹。
SelectDirectoryLabel=请指定下一张磁盘的位置。

SetupAborted=安装没有完成。%n%n请排除问题后再运行一次安装程序。
AbortRetryIgnoreSelectAction=请选择操作
AbortRetryIgnoreRetry=重试(&T)
AbortRetryIgnoreIgnore=忽略错误并继续(&I)
AbortRetryIgnoreCancel=取消安装

StatusClosingApplications=正在关闭程序...
StatusCreateDirs=正在创建文件夹...
StatusExtractFiles=正在解压文件...
StatusCreateIcons=正在创建快捷方式...
StatusCreateIniEntries=正在写入 INI 条目...
StatusCreateRegistryEntries=正在写入注册表...
StatusRegisterFiles=正在注册文件...
StatusSavingUninstall=正在保存卸载信息...
StatusRunProgram=正在完成安装...
StatusRestartingApplications=正在重新启动程序...
StatusRollback=正在撤销更改...

ErrorInternal2=内部错误：%1
ErrorFunctionFailedNoCode=%1 失败
ErrorFunctionFailed=%1 失败，代码 %2
ErrorFunctionFailedWithMessage=%1 失败，代码 %2。%n%3
ErrorExecutingProgram=无法运行文件：%n%1

ErrorRegOpenKey=打开注册表项时出错：%n%1\%2
ErrorRegCreateKey=创建注册表项时出错：%n%1\%2
ErrorRegWriteKey=写入注册表项时出错：%n%1\%2

ErrorIniEntry=在文件“%1”中写入 INI 条目时出错。

FileAbortRetryIgnoreSkipNotRecommended=跳过这个文件（不推荐）(&S)
FileAbortRetryIgnoreIgnoreNotRecommended=忽略错误并继续（不推荐）(&I)
SourceIsCorrupted=源文件已损坏
SourceDoesntExist=源文件“%1”不存在
ExistingFileReadOnly2=已有的文件是只读的，无法替换。
ExistingFileReadOnlyRetry=去掉只读属性后重试(&R)
ExistingFileReadOnlyKeepExisting=保留已有的文件(&K)
ErrorReadingExistingDest=读取已有的文件时出错：
FileExistsSelectAction=请选择操作
FileExists2=文件已经存在。
FileExistsOverwriteExisting=覆盖已有的文件(&O)
FileExistsKeepExisting=保留已有的文件(&K)
FileExistsOverwriteOrKeepAll=之后遇到同样的冲突也这样处理(&D)
ExistingFileNewerSelectAction=请选择操作
ExistingFileNewer2=已有的文件比安装程序要装的文件更新。
ExistingFileNewerOverwriteExisting=覆盖已有的文件(&O)
ExistingFileNewerKeepExisting=保留已有的文件（推荐）(&K)
ExistingFileNewerOverwriteOrKeepAll=之后遇到同样的冲突也这样处理(&D)
ErrorChangingAttr=修改已有文件的属性时出错：
ErrorCreatingTemp=在安装文件夹中创建文件时出错：
ErrorReadingSource=读取源文件时出错：
ErrorCopying=复制文件时出错：
ErrorReplacingExistingFile=替换已有的文件时出错：
ErrorRestartReplace=重启后替换（RestartReplace）失败：
ErrorRenamingTemp=在安装文件夹中重命名文件时出错：
ErrorRegisterServer=无法注册 DLL/OCX：%1
ErrorRegSvr32Failed=RegSvr32 失败，退出代码 %1
ErrorRegisterTypeLib=无法注册类型库：%1

UninstallDisplayNameMark=%1（%2）
UninstallDisplayNameMarks=%1（%2，%3）
UninstallDisplayNameMark32Bit=32 位
UninstallDisplayNameMark64Bit=64 位
UninstallDisplayNameMarkAllUsers=所有用户
UninstallDisplayNameMarkCurrentUser=当前用户

ErrorOpeningReadme=打开自述文件时出错。
ErrorRestartingComputer=安装程序没能重启电脑，请您手动重启。

UninstallNotFound=文件“%1”不存在，无法卸载。
UninstallOpenError=无法打开文件“%1”，无法卸载。
UninstallUnsupportedVer=这个版本的卸载程序不认识卸载记录文件“%1”的格式，无法卸载。
UninstallUnknownEntry=卸载记录里有一个无法识别的条目（%1）
ConfirmUninstall=确定要彻底删除 %1 及其所有组件吗？
UninstallOnlyOnWin64=这个程序只能在 64 位 Windows 上卸载。
OnlyAdminCanUninstall=这个程序只有拥有管理员权限的用户才能卸载。
UninstallStatusLabel=正在从您的电脑上删除 %1，请稍候。
UninstalledAll=%1 已经从您的电脑上删除。
UninstalledMost=%1 卸载完成。%n%n有些项目没能删除，您可以手动删除它们。
UninstalledAndNeedsRestart=要完成 %1 的卸载，需要重启您的电脑。%n%n现在就重启吗？
UninstallDataCorrupted=文件“%1”已损坏，无法卸载。

ConfirmDeleteSharedFileTitle=删除共享文件吗？
ConfirmDeleteSharedFile2=系统显示，下面这个共享文件已经没有程序在用了。要让卸载程序删除它吗？%n%n如果仍有程序在用这个文件，删除后那些程序可能无法正常工作。拿不准的话请选“否”，把文件留在电脑上不会有任何坏处。
SharedFileNameLabel=文件名：
SharedFileLocationLabel=位置：
WizardUninstalling=卸载状态
StatusUninstalling=正在卸载 %1...

ShutdownBlockReasonInstallingApp=正在安装 %1。
ShutdownBlockReasonUninstallingApp=正在卸载 %1。


[CustomMessages]

NameAndVersion=%1 版本 %2
AdditionalIcons=附加快捷方式：
CreateDesktopIcon=在桌面创建快捷方式(&D)
CreateQuickLaunchIcon=在快速启动栏创建快捷方式(&Q)
ProgramOnTheWeb=%1 网站
UninstallProgram=卸载 %1
LaunchProgram=运行 %1
AssocFileExtension=将 %2 文件关联到 %1(&A)
AssocingFileExtension=正在将 %2 文件关联到 %1...
AutoStartProgramGroupDescription=开机启动：
AutoStartProgram=开机时自动启动 %1
AddonHostProgramNotFound=在您选的文件夹里找不到 %1。%n%n仍然要继续吗？

; 快捷回复自己的界面文字（.iss 的 [Tasks]、[Icons]、[Run] 与 [Code] 用到）
AppTitle=快捷回复
TaskAutostart=开机时自动启动快捷回复(&S)
TaskDesktop=在桌面创建快捷方式(&D)
TaskGroup=其他选项：
LaunchNow=立即启动快捷回复
DeleteLibrary=要同时删除您的回复库吗？%n%n它在 %1，里面有您自己的回复、收藏和运费表。%n选“否”会保留它，重新安装后还能继续用。
