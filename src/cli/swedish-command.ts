import { Argument, Command, CommanderError, Help, Option } from 'commander';

/** Commander's section titles, as the planner reads them. */
const TITLES: Record<string, string> = {
    'Usage:': 'Användning:',
    'Arguments:': 'Argument:',
    'Options:': 'Flaggor:',
    'Global Options:': 'Globala flaggor:',
    'Commands:': 'Kommandon:'
};

/** `[paths...]` → `[paths...]`; the names themselves are chosen in Swedish where the commands declare them. */
function argumentTerm(argument: Argument): string {
    const name = argument.name() + (argument.variadic ? '...' : '');
    return argument.required ? `<${name}>` : `[${name}]`;
}

/**
 * Commander's help in Swedish through its own configuration hooks: section titles, the usage line and the
 * "(default: …)" notes are produced here instead of in English.
 */
export const swedishHelp: Partial<Help> = {
    styleTitle: (title: string) => TITLES[title] ?? title,
    commandUsage(command: Command): string {
        const names: string[] = [];
        for (let ancestor = command.parent; ancestor; ancestor = ancestor.parent) names.unshift(ancestor.name());
        const parts = [
            command.options.length > 0 || command.parent ? '[flaggor]' : '',
            command.commands.length > 0 ? '[kommando]' : '',
            ...command.registeredArguments.map(argumentTerm)
        ].filter(Boolean);
        return [...names, command.name(), ...parts].join(' ');
    },
    subcommandTerm(command: Command): string {
        const parts = [
            command.options.length > 0 ? '[flaggor]' : '',
            ...command.registeredArguments.map(argumentTerm)
        ].filter(Boolean);
        return [command.name(), ...parts].join(' ');
    },
    optionDescription(option: Option): string {
        // A description that already says its default in words ("standard: förra året") keeps its own words.
        const shown =
            option.defaultValue !== undefined &&
            (option.required || option.optional) &&
            !option.description.includes('(standard:');
        return shown
            ? `${option.description} (standard: ${option.defaultValueDescription ?? String(option.defaultValue)})`
            : option.description;
    },
    argumentDescription(argument: Argument): string {
        return argument.defaultValue !== undefined
            ? `${argument.description} (standard: ${argument.defaultValueDescription ?? String(argument.defaultValue)})`
            : argument.description;
    }
};

/**
 * A commander `Command` whose parse errors are Swedish. Commander builds these messages in one method per
 * kind of mistake; overriding those methods (and `createCommand`, so subcommands are Swedish too) is its
 * extension point, where rewriting the finished English text would break with every wording change.
 */
export class SwedishCommand extends Command {
    override createCommand(name?: string): Command {
        return new SwedishCommand(name);
    }

    unknownOption(flag: string): never {
        return this.error(`fel: okänd flagga '${flag}'`, { code: 'commander.unknownOption' });
    }

    unknownCommand(): never {
        return this.error(`fel: okänt kommando '${this.args[0]}'`, { code: 'commander.unknownCommand' });
    }

    missingArgument(name: string): never {
        return this.error(`fel: argumentet '${name}' saknas`, { code: 'commander.missingArgument' });
    }

    optionMissingArgument(option: Option): never {
        return this.error(`fel: flaggan '${option.flags}' behöver ett värde`, {
            code: 'commander.optionMissingArgument'
        });
    }

    missingMandatoryOptionValue(option: Option): never {
        return this.error(`fel: flaggan '${option.flags}' måste anges`, {
            code: 'commander.missingMandatoryOptionValue'
        });
    }

    _excessArguments(received: string[]): void {
        if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
        this.error(`fel: för många argument till '${this.name()}': ${received.join(', ')}`, {
            code: 'commander.excessArguments'
        });
    }

    /** Our value parsers throw InvalidArgumentError with a Swedish reason; this names the flag in front of it. */
    _callParseArg(target: Option | Argument, value: string, previous: unknown, _english: string): unknown {
        try {
            return target.parseArg!(value, previous);
        } catch (error) {
            if (error instanceof CommanderError && error.code === 'commander.invalidArgument') {
                const what =
                    target instanceof Option
                        ? `flaggan '${target.long ?? target.flags}'`
                        : `argumentet '${target.name()}'`;
                return this.error(`fel: ${what}: ${error.message}`, { exitCode: error.exitCode, code: error.code });
            }
            throw error;
        }
    }
}
