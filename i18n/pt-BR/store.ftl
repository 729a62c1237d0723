# Erros do armazenamento de vínculos (src/store). Comandos, opções, caminhos e variáveis
# de ambiente entre crases não são traduzidos.
# $store é o código de um armazenamento de tokens: keyring ou file.

## Falhas do chaveiro do sistema.
store-keyring-no-bus = não há barramento de sessão D-Bus ({ $detail }), e o chaveiro do sistema é acessado por ele: execute dentro de uma sessão de desktop ou inicie uma com `dbus-run-session -- sh`
store-keyring-no-secret-service = o barramento de sessão não tem Secret Service ({ $detail }): inicie um, por exemplo `gnome-keyring-daemon --start --components=secrets` (ou o KeePassXC com a integração de Secret Service)
store-keyring-no-collection = o chaveiro do sistema não tem uma coleção padrão para guardar segredos (ela nunca foi criada nem desbloqueada): desbloqueie-o uma vez, por exemplo `echo PASSWORD | gnome-keyring-daemon --unlock`, ou crie um chaveiro padrão no Seahorse
store-keyring-locked = o chaveiro do sistema está bloqueado ({ $detail }): desbloqueie-o (entre na sessão do desktop, use o Seahorse ou `echo PASSWORD | gnome-keyring-daemon --unlock`) e tente novamente
store-keyring-timeout = o chaveiro do sistema não respondeu em { $secs } s: pode haver um pedido de desbloqueio aberto no desktop; responda a ele e tente novamente
store-keyring-platform = o chaveiro do sistema falhou: { $detail }; verifique se ele está em execução e desbloqueado e tente novamente
store-keyring-unsupported = nenhum chaveiro é compatível com esta plataforma
store-keyring-bus-unset = DBUS_SESSION_BUS_ADDRESS e XDG_RUNTIME_DIR não estão definidas
store-keyring-bus-default = DBUS_SESSION_BUS_ADDRESS não está definida e { $path }: { $error }
store-keyring-prompt-dismissed = o pedido de desbloqueio foi fechado
store-keyring-prompt-gone = o chaveiro sumiu enquanto um pedido de desbloqueio estava aberto
store-keyring-collection-locked = a coleção está bloqueada

## Arquivos e diretórios. $cause é o texto do sistema operacional.
store-no-config-dir = não foi possível encontrar um diretório de configuração para este usuário: use --config-dir ou defina CHATWOOT_LINK_CONFIG_DIR
store-io-read = não foi possível ler { $path }: { $cause }
store-io-write = não foi possível gravar { $path }: { $cause }
store-io-create = não foi possível criar { $path }: { $cause }
store-io-create-dir = não foi possível criar o diretório { $path }: { $cause }
store-io-delete = não foi possível excluir { $path }: { $cause }
store-io-remove = não foi possível remover { $path }: { $cause }
store-io-replace = não foi possível substituir { $path }: { $cause }
store-io-flush = não foi possível gravar em disco { $path }: { $cause }
store-io-follow-link = não foi possível seguir o link simbólico { $path }: { $cause }
store-io-lock = não foi possível bloquear { $path }: { $cause }
store-io-open-lock = não foi possível abrir o arquivo de bloqueio { $path }: { $cause }
store-io-chmod = não foi possível alterar as permissões de { $path }: { $cause }
store-corrupt = { $path }:{ $line }:{ $column }: { $message }. O arquivo foi deixado como estava: corrija-o manualmente ou mova-o para outro lugar para começar do zero
store-newer-schema = { $path } tem o esquema { $found }, mais novo do que esta versão entende (esquema { $schema }): aqui ele é somente leitura; atualize o chatwoot-link para alterá-lo
store-lock-timeout = outro chatwoot-link mantém { $path } bloqueado há mais de { $secs } s: espere ele terminar e tente novamente (ou encerre-o se ele travou)

## Nomes de vínculos. $name já vem entre aspas ("acme").
store-invalid-name = nome de vínculo inválido { $name }: { $reason }. Use de 1 a 32 letras, dígitos, '.', '_' ou '-', começando com uma letra ou um dígito (maiúsculas viram minúsculas)
store-name-empty = ele está vazio
store-name-bad-start = ele precisa começar com uma letra ou um dígito
store-name-bad-character = ele tem um caractere que não é permitido
store-name-too-long = ele tem mais de 32 caracteres
store-name-advice-empty = dê um nome ao vínculo
store-name-advice-bad-start = comece com uma letra ou um dígito
store-name-advice-bad-character = use apenas letras, dígitos, '.', '_' ou '-'
store-name-advice-too-long = ele tem mais de 32 caracteres
store-unknown-profile-none = não há nenhum vínculo chamado { $name }: ainda não há vínculos; adicione um com `chatwoot-link add`
store-unknown-profile-near = não há nenhum vínculo chamado { $name }: você quis dizer { $near }? Os vínculos existentes são { $known } (veja `chatwoot-link list`)
store-unknown-profile-known = não há nenhum vínculo chamado { $name }: os vínculos existentes são { $known } (veja `chatwoot-link list`)
store-name-taken = já existe um vínculo chamado { $name }: altere-o com `chatwoot-link edit { $profile }` ou escolha outro nome
store-no-default = nenhum vínculo foi informado e não há um padrão: informe um, defina CHATWOOT_LINK_PROFILE ou execute `chatwoot-link default NAME`
store-conflict = o vínculo { $name } mudou no disco depois de ser carregado (outro chatwoot-link o alterou): nada foi salvo; carregue-o novamente e repita a alteração

## Segredos.
store-secret-missing = o token do vínculo { $name } não está { $store ->
    [keyring] no chaveiro do sistema
   *[other] no arquivo de tokens
} (entrada { $token_ref }; o chaveiro pode ter sido interrompido antes de salvá-lo): digite-o novamente com `{ $command }` (ele é verificado no servidor, e o resto do vínculo é mantido)
store-read-back-mismatch = { $store ->
    [keyring] o chaveiro do sistema
   *[other] o arquivo de tokens
} devolveu um valor diferente do que foi gravado: nada foi salvo; tente novamente e execute `chatwoot-link doctor` se isso continuar
store-unchecked = não verificado: { $store ->
    [keyring] o chaveiro do sistema
   *[other] o arquivo de tokens
} não pode ser usado (veja a linha dele)
store-bad-certificate = { $path } não é um certificado válido ({ $reason }): volte a confiar no certificado do servidor com `chatwoot-link edit <profile> --ca-cert FILE` ou remova-o com --no-ca-cert

## Outro usuário local poderia alterar o diretório de configuração.
store-exposed-writable = { $path } pode ser alterado pelo grupo ou por outros (modo { $mode }): outro usuário local poderia substituir o que o chatwoot-link grava ali, então nada foi gravado; execute `{ $remedy }` e tente novamente
store-exposed-foreign = { $path } pertence ao usuário { $owner }, não a este usuário ({ $me }): outro usuário local poderia substituir o que o chatwoot-link grava ali, então nada foi gravado; execute `{ $remedy }` e tente novamente
store-unsafe-writable = { $path } pode ser alterado pelo grupo ou por outros (modo { $mode }): outro usuário local poderia substituir o que o chatwoot-link guarda ali; execute `{ $remedy }`
store-unsafe-foreign = { $path } pertence ao usuário { $owner }, não a este usuário ({ $me }): outro usuário local poderia substituir o que o chatwoot-link guarda ali; execute `{ $remedy }`

store-internal = erro interno: { $detail }

## Carregar um vínculo a partir de um programa.
store-load-credential = não foi possível ler a credencial do systemd { $path }: { $cause }
store-load-bad-token = o token em { $origin } não pode ser usado: { $cause }

## Os armazenamentos de tokens, como o doctor e as mensagens os descrevem.
store-backend-secret-service = Secret Service no barramento de sessão D-Bus
store-backend-keychain = Keychain do macOS
store-backend-credential-manager = Gerenciador de Credenciais do Windows
store-backend-none = não há chaveiro nesta plataforma
store-backend-file = { $path } (texto puro, modo 0600)
store-backend-memory = armazenamento em memória (testes)
store-backend-faulty = { $inner } (com falhas injetadas)

store-old-token-not-flushed = salvo, mas { $dir } não pôde ser gravado em disco ({ $error }); o token antigo foi mantido no armazenamento { $store }: `chatwoot-link doctor --fix` o remove depois
store-old-token-not-deleted = salvo, mas o token antigo não pôde ser excluído do armazenamento { $store } ({ $error }): `chatwoot-link doctor --fix` o remove depois

store-keyring-wait = aguardando o chaveiro: há um pedido de desbloqueio aberto?

store-thread-failed = não é possível iniciar uma thread: { $error }
store-operation-stopped = uma operação do armazenamento parou inesperadamente
store-keyring-call-stopped = a chamada ao chaveiro parou inesperadamente
store-toml-write = não é possível gravar o TOML: { $error }
store-not-read-back = um valor deste vínculo não seria lido de volta igual de profiles.toml (um número maior que 2^63 - 1?): nada foi salvo
